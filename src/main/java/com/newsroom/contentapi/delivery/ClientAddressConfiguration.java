package com.newsroom.contentapi.delivery;

import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;

/**
 * Behind a proxy ({@code contentapi.http.trust-forwarded-for=true}), the client's address
 * is the one the trusted proxies appended to {@code X-Forwarded-For}, as Tomcat's
 * {@link RemoteIpValve} reads it: the rightmost address that is not one of
 * {@code contentapi.http.trusted-proxies}. What a client wrote at the left of the header
 * is never taken, so rotating it does not dodge per-IP limits. Every component then reads
 * the request's remote address.
 */
@Configuration(proxyBeanMethods = false)
class ClientAddressConfiguration implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	private final HttpProperties properties;

	ClientAddressConfiguration(HttpProperties properties) {
		this.properties = properties;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		if (!this.properties.trustForwardedFor()) {
			return;
		}
		RemoteIpValve valve = new RemoteIpValve();
		valve.setRemoteIpHeader("X-Forwarded-For");
		if (this.properties.trustedProxies() != null) {
			valve.setInternalProxies(this.properties.trustedProxies());
		}
		valve.setProtocolHeader("X-Forwarded-Proto");
		factory.addEngineValves(valve);
	}

}
