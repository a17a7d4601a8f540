package com.newsroom.contentapi.delivery;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;

/**
 * A client that sends {@code Expect: 100-continue} (curl and Java's HTTP client do for
 * large bodies) is told to go on only when the endpoint starts reading the body. A body
 * refused before it is read (declared larger than
 * {@code contentapi.http.max-request-bytes}, wrong content type, no permission) is then
 * answered with its error before the client sends a byte of it, instead of after the
 * client has sent part of it and seen the connection close. Tomcat's default sends
 * {@code 100 Continue} as soon as the headers arrive.
 */
@Configuration(proxyBeanMethods = false)
class ExpectContinueConfiguration implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addConnectorCustomizers((connector) -> connector.setProperty("continueResponseTiming", "onRead"));
	}

}
