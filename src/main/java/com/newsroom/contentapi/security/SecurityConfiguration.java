package com.newsroom.contentapi.security;

import java.util.List;

import com.newsroom.contentapi.delivery.FilterOrder;
import com.newsroom.contentapi.graphql.ErrorCode;
import com.newsroom.contentapi.graphql.HttpErrors;
import com.newsroom.contentapi.graphql.ProtectiveHeaders;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.filter.CorsFilter;

/**
 * Spring Security around the API token resolution of {@link ApiTokenFilter}, which runs
 * first on every path: role checks on operations are method security ({@link EditorsOnly}
 * and its siblings on the controllers); the actuator's {@code /actuator/health} says UP
 * or DOWN to anyone, its details and every other endpoint ({@code prometheus}) need an
 * {@code ADMIN} token; the GraphiQL page and its assets get Spring Security's protective
 * headers; its firewall refuses malformed URLs. The API is stateless: no session, no
 * cookie, so no CSRF token either.
 * <p>
 * {@code /graphql} is answered by delivery's filter ahead of Spring Security's chain when
 * the response cache has the response, and only its canonical spelling is served
 * (delivery refuses the others); its own chain below does nothing else. CORS for
 * {@code /graphql} comes from {@code spring.graphql.cors.*} and is applied before both,
 * so that refusals and cached responses carry it too (no cross-origin access unless
 * origins are configured; credentials are never allowed with a wildcard origin).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * {@code /graphql} reached Spring for GraphQL: the caller is resolved, operations
	 * check roles themselves.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain graphQlFilterChain(HttpSecurity http) throws Exception {
		return stateless(http).securityMatcher("/graphql")
			.servletApi(servletApi -> servletApi.disable())
			.headers(headers -> headers.disable())
			.build();
	}

	/**
	 * Everything else: the actuator ({@code /actuator/health} to anyone, the rest for
	 * {@code ADMIN} tokens; health details through the servlet API's
	 * {@code isUserInRole}), image uploads ({@code POST /images}, {@code EDITOR} tokens),
	 * image renditions (anyone), the GraphiQL page and its assets, with Spring Security's
	 * protective headers.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain defaultFilterChain(HttpSecurity http, HttpErrors errors) throws Exception {
		AccessDeniedHandler forbidden = (request, response, ex) -> errors.write(request, response, HttpStatus.FORBIDDEN,
				ErrorCode.FORBIDDEN, "The role of this API token does not allow this request");
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> ApiTokenFilter.refuse(errors, request,
				response, null);
		return stateless(http)
			.headers(headers -> headers.cacheControl(cacheControl -> cacheControl.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives(ProtectiveHeaders.CONTENT_SECURITY_POLICY)))
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/images")
				.hasRole(Role.EDITOR.name())
				.anyRequest()
				.permitAll())
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
			.build();
	}

	/**
	 * What both chains share: no session, no login forms, no context of their own (the
	 * caller is already in Spring Security's context, put there by
	 * {@link ApiTokenFilter}).
	 */
	private static HttpSecurity stateless(HttpSecurity http) throws Exception {
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.disable())
			.securityContext(context -> context.disable())
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.logout(logout -> logout.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable());
	}

	/**
	 * CORS for {@code /graphql}, ahead of everything that may answer it, refusals of
	 * tokens included; registered for that path alone, and only when origins are
	 * configured.
	 */
	@Bean
	FilterRegistrationBean<CorsFilter> graphQlCorsFilter(GraphQlCorsProperties cors) {
		CorsConfiguration configuration = corsConfiguration(cors);
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(
				new CorsFilter(request -> configuration));
		registration.addUrlPatterns("/graphql");
		registration.setOrder(FilterOrder.CORS);
		registration.setEnabled(configuration != null);
		return registration;
	}

	/**
	 * No observation per security filter and per authorization decision: on the cached
	 * path they were a third of the CPU (the request is timed once, by the delivery
	 * layer's own timer).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Requests that Spring Security's firewall refuses (path parameters such as
	 * {@code /graphql;a=b}, encoded slashes, non-printable characters) get a GraphQL
	 * error body like every other refusal, not an empty 400.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(HttpErrors errors) {
		return (request, response, ex) -> errors.write(request, response, HttpStatus.BAD_REQUEST,
				ErrorCode.BAD_USER_INPUT, "The request URL is not allowed (path parameters, encoded separators)");
	}

	@Nullable private static CorsConfiguration corsConfiguration(GraphQlCorsProperties properties) {
		CorsConfiguration configured = properties.toCorsConfiguration();
		if (configured != null) {
			if (Boolean.TRUE.equals(configured.getAllowCredentials()) && configured.getAllowedOrigins() != null
					&& configured.getAllowedOrigins().contains(CorsConfiguration.ALL)) {
				throw new IllegalStateException(
						"spring.graphql.cors: credentials cannot be allowed for every origin ('*'); list the origins");
			}
			if (configured.getAllowedMethods() == null) {
				configured.setAllowedMethods(List.of("GET", "POST"));
			}
			if (configured.getAllowedHeaders() == null) {
				configured.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
						HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.IF_NONE_MATCH));
			}
			if (configured.getExposedHeaders() == null) {
				configured.setExposedHeaders(List.of(HttpHeaders.ETAG, "X-Cache"));
			}
		}
		return configured;
	}

}
