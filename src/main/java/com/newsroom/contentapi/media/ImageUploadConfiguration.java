package com.newsroom.contentapi.media;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Multipart requests (uploads are the only ones) follow {@code contentapi.images.*}: the
 * servlet container writes each part to a temporary file (nothing of the file is held in
 * memory) and stops reading past the upload limit. Parts are read lazily, when the upload
 * endpoint asks for them, so that its own checks come first and its errors are written
 * like the others.
 */
@Configuration(proxyBeanMethods = false)
class ImageUploadConfiguration {

	@Bean
	MultipartConfigElement multipartConfigElement(ImageProperties properties) {
		return new MultipartConfigElement("", properties.maxUploadSize().toBytes(), properties.maxRequestBytes(), 0);
	}

	@Bean
	MultipartResolver multipartResolver() {
		StandardServletMultipartResolver resolver = new StandardServletMultipartResolver();
		resolver.setResolveLazily(true);
		return resolver;
	}

}
