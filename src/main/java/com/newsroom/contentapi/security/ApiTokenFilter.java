package com.newsroom.contentapi.security;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.newsroom.contentapi.delivery.FilterOrder;
import com.newsroom.contentapi.graphql.ErrorCode;
import com.newsroom.contentapi.graphql.HttpErrors;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who the caller is, decided once per request, on every path, before anything else reads
 * the request: an {@code Authorization: Bearer <token>} header is looked up among the API
 * tokens ({@link ApiTokenService}) and becomes an {@link ApiTokenAuthentication} in
 * Spring Security's context, where method security ({@link EditorsOnly} and its
 * siblings), the actuator rules and {@link Caller#current()} read it; a request without
 * the header is anonymous; any other {@code Authorization} (an unknown or revoked token,
 * another scheme) is refused with HTTP 401, {@code WWW-Authenticate: Bearer} and
 * {@code UNAUTHENTICATED}, whatever it asked for; a client that sends too many of those
 * is refused with HTTP 429 and {@code RATE_LIMITED} for a while
 * ({@link FailedAuthentications}).
 * <p>
 * It is a plain servlet filter ahead of all others but CORS ({@link FilterOrder}), not an
 * authentication filter inside Spring Security's chain, because the response cache
 * answers {@code /graphql} right after it: on that path Spring Security's chain (its
 * firewall's request and response wrappers above all) took about a sixth of the time of a
 * cached response. The resolved authentication is kept in a request attribute for the
 * asynchronous dispatch that writes an executed response.
 */
@Component
@Order(FilterOrder.CALLER)
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "bearer ";

	private static final String CONTEXT = ApiTokenFilter.class.getName() + ".context";

	private final ApiTokenService tokens;

	private final FailedAuthentications failures;

	private final HttpErrors errors;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiTokenFilter(ApiTokenService tokens, FailedAuthentications failures, HttpErrors errors) {
		this.tokens = tokens;
		this.failures = failures;
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityContext context;
		if (request.getDispatcherType() != DispatcherType.REQUEST) {
			context = (SecurityContext) request.getAttribute(CONTEXT);
		}
		else if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
			context = null;
		}
		else {
			context = authenticate(request, response);
			if (context == null) {
				return;
			}
			request.setAttribute(CONTEXT, context);
		}
		if (context == null) {
			chain.doFilter(request, response);
			return;
		}
		this.contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contexts.clearContext();
		}
	}

	/**
	 * The caller's context, or {@code null} when the token is refused (the refusal is
	 * then written).
	 */
	@Nullable private SecurityContext authenticate(HttpServletRequest request, HttpServletResponse response) throws IOException {
		try {
			this.failures.check(request);
		}
		catch (FailedAuthentications.Throttled throttled) {
			refuse(this.errors, request, response, throttled);
			return null;
		}
		Optional<Caller> caller = bearerSecret(request.getHeader(HttpHeaders.AUTHORIZATION))
			.flatMap(this.tokens::authenticate);
		if (caller.isEmpty()) {
			this.failures.record(request);
			refuse(this.errors, request, response, null);
			return null;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication(caller.get()));
		return context;
	}

	private static Optional<String> bearerSecret(String authorization) {
		boolean bearer = authorization.length() > BEARER.length()
				&& authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
		return bearer ? Optional.of(authorization.substring(BEARER.length()).strip()).filter(s -> !s.isEmpty())
				: Optional.empty();
	}

	/**
	 * 401 for a missing, unknown or revoked token; 429 once its client has sent too many
	 * refused ones ({@code throttled}).
	 */
	static void refuse(HttpErrors errors, HttpServletRequest request, HttpServletResponse response,
			FailedAuthentications.@Nullable Throttled throttled) throws IOException {
		if (throttled != null) {
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
	}

}
