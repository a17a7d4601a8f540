package com.newsroom.contentapi.comment;

import java.net.http.HttpClient;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Asks Akismet's {@code comment-check} whether a comment is spam. Off unless an API key
 * and site URL are configured. Any failure (timeout, error status, "invalid" key,
 * unreachable host) yields no verdict, so the local score decides and the comment is
 * never blocked or lost because of Akismet.
 */
@Component
class AkismetClient {

	private static final Logger logger = LoggerFactory.getLogger(AkismetClient.class);

	private final CommentProperties.Akismet settings;

	private final RestClient http;

	AkismetClient(CommentProperties properties) {
		this.settings = properties.akismet();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(this.settings.timeout()).build());
		requests.setReadTimeout(this.settings.timeout());
		this.http = RestClient.builder().baseUrl(this.settings.endpoint()).requestFactory(requests).build();
	}

	boolean enabled() {
		return this.settings.enabled();
	}

	/**
	 * {@code true} for spam, {@code false} for ham, empty when Akismet is off or gave no
	 * usable answer.
	 */
	Optional<Boolean> isSpam(Comment comment) {
		if (!enabled()) {
			return Optional.empty();
		}
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("api_key", this.settings.apiKey());
		form.add("blog", this.settings.siteUrl());
		form.add("user_ip", comment.clientIp());
		if (comment.userAgent() != null) {
			form.add("user_agent", comment.userAgent());
		}
		form.add("comment_type", (comment.parentId() != null) ? "reply" : "comment");
		form.add("comment_author", comment.authorName());
		form.add("comment_author_email", comment.authorEmail());
		if (comment.authorUrl() != null) {
			form.add("comment_author_url", comment.authorUrl());
		}
		form.add("comment_content", comment.body());
		form.add("blog_lang", comment.locale());
		form.add("blog_charset", "UTF-8");
		try {
			String answer = this.http.post()
				.uri("/1.1/comment-check")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(String.class);
			if ("true".equals(answer)) {
				return Optional.of(true);
			}
			if ("false".equals(answer)) {
				return Optional.of(false);
			}
			logger.warn("Akismet gave no verdict ({}); using the local spam score alone", answer);
		}
		catch (RuntimeException ex) {
			logger.warn("Akismet unavailable ({}); using the local spam score alone", ex.getMessage());
		}
		return Optional.empty();
	}

}
