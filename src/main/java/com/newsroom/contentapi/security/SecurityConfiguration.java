package com.newsroom.contentapi.security;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.newsroom.contentapi.graphql.ErrorCode;
import com.newsroom.contentapi.graphql.HttpErrors;
import com.newsroom.contentapi.graphql.ProtectiveHeaders;

import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who the caller is, decided once per request by Spring Security, before anything else reads the request: an
 * {@code Authorization: Bearer <token>} header is looked up among the API tokens ({@link ApiTokenService}) and
 * becomes an {@link ApiTokenAuthentication}; a request without the header is anonymous; any other
 * {@code Authorization} (an unknown or revoked token, another scheme) is refused with HTTP 401,
 * {@code WWW-Authenticate: Bearer} and {@code UNAUTHENTICATED}, whatever it asked for; a client that sends too
 * many of those is refused with HTTP 429 and {@code RATE_LIMITED} for a while ({@link FailedAuthentications}).
 * Everything downstream reads that one decision ({@link Caller#current()}), and method security checks each
 * operation's role against it ({@link EditorsOnly} and its siblings on the controllers).
 * <p>
 * Also here: CORS for {@code /graphql} from {@code spring.graphql.cors.*} (no cross-origin access unless origins are
 * configured; credentials are never allowed with a wildcard origin), and the actuator: {@code /actuator/health}
 * says UP or DOWN to anyone, its details and every other endpoint ({@code prometheus}) need an {@code ADMIN} token.
 * The API is stateless: no session, no cookie, so no CSRF token either.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String BEARER = "bearer ";


	/**
	 * {@code /graphql}: who the caller is, CORS, and nothing else, since this chain runs on every request, the
	 * response cache's hits included (each further filter, and each header written through Spring Security's
	 * response wrappers, costs there). Any caller may reach the endpoint; operations check roles themselves
	 * (method security), and delivery writes the protective headers ({@link ProtectiveHeaders}).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain graphQlFilterChain(HttpSecurity http, ApiTokenService tokens, HttpErrors errors,
			GraphQlCorsProperties cors, FailedAuthentications failures) throws Exception {
		return callerResolution(http, tokens, errors, cors, failures).securityMatcher("/graphql")
			.headers(headers -> headers.disable())
			.build();
	}

	/**
	 * Everything else: the actuator ({@code /actuator/health} to anyone, the rest for {@code ADMIN} tokens), the
	 * GraphiQL page and its assets, with Spring Security's protective headers.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain defaultFilterChain(HttpSecurity http, ApiTokenService tokens, HttpErrors errors,
			GraphQlCorsProperties cors, FailedAuthentications failures) throws Exception {
		AccessDeniedHandler forbidden = (request, response, ex) -> errors.write(request, response,
				HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, "This endpoint needs an ADMIN token");
		return callerResolution(http, tokens, errors, cors, failures)
			.headers(headers -> headers.cacheControl(cacheControl -> cacheControl.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives(ProtectiveHeaders.CONTENT_SECURITY_POLICY)))
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.permitAll())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthenticated(errors))
				.accessDeniedHandler(forbidden))
			.build();
	}

	/** What both chains do: stateless, no login forms, the bearer API token as the only credential, CORS. */
	private static HttpSecurity callerResolution(HttpSecurity http, ApiTokenService tokens, HttpErrors errors,
			GraphQlCorsProperties cors, FailedAuthentications failures) throws Exception {
		AuthenticationManager byToken = authentication -> tokens
			.authenticate((String) authentication.getCredentials())
			.<Authentication>map(ApiTokenAuthentication::new)
			.orElseThrow(() -> new BadCredentialsException("unknown or revoked API token"));
		AuthenticationFilter bearer = new AuthenticationFilter(byToken, bearerToken(failures));
		bearer.setSuccessHandler((request, response, authentication) -> {
		});
		bearer.setFailureHandler((request, response, ex) -> {
			if (!(ex instanceof FailedAuthentications.Throttled)) {
				failures.record(request);
			}
			unauthenticated(errors).commence(request, response, ex);
		});
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.requireExplicitSave(true))
			.anonymous(anonymous -> anonymous.disable())
			.logout(logout -> logout.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.cors(c -> c.configurationSource(corsSource(cors)))
			.addFilterAt(bearer, BasicAuthenticationFilter.class);
	}

	/** 401 for a refused token; 429 once its client has sent too many ({@link FailedAuthentications}). */
	private static AuthenticationEntryPoint unauthenticated(HttpErrors errors) {
		return (request, response, ex) -> {
			if (ex instanceof FailedAuthentications.Throttled throttled) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
				errors.write(request, response, HttpStatus.TOO_MANY_REQUESTS, ErrorCode.RATE_LIMITED,
						"Too many requests with a wrong API token from your address; try again in "
								+ throttled.retryAfterSeconds() + " s",
						Map.of("retryAfterSeconds", throttled.retryAfterSeconds()));
				return;
			}
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"content-api\"");
			errors.write(request, response, HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED,
					"The API token is unknown, revoked or malformed; send 'Authorization: Bearer <token>' or none");
		};
	}

	/**
	 * No observation per security filter and per authorization decision: on the cached path they were a third of
	 * the CPU (the request is timed once, by the delivery layer's own timer).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Requests that Spring Security's firewall refuses (path parameters such as {@code /graphql;a=b}, encoded
	 * slashes, non-printable characters) get a GraphQL error body like every other refusal, not an empty 400.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(HttpErrors errors) {
		return (request, response, ex) -> errors.write(request, response, HttpStatus.BAD_REQUEST,
				ErrorCode.BAD_USER_INPUT, "The request URL is not allowed (path parameters, encoded separators)");
	}

	/**
	 * The bearer token of the request; a blank one for any other {@code Authorization}, so that it is refused. A
	 * client that sent too many refused tokens is refused before its token is looked at.
	 */
	private static AuthenticationConverter bearerToken(FailedAuthentications failures) {
		return (HttpServletRequest request) -> {
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (authorization == null) {
				return null;
			}
			failures.check(request);
			boolean bearer = authorization.length() > BEARER.length()
					&& authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
			String secret = bearer ? authorization.substring(BEARER.length()).strip() : "";
			return UsernamePasswordAuthenticationToken.unauthenticated("api-token", secret);
		};
	}

	private static UrlBasedCorsConfigurationSource corsSource(GraphQlCorsProperties properties) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
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
			source.registerCorsConfiguration("/graphql", configured);
		}
		return source;
	}

}
