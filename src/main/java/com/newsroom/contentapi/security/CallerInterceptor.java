package com.newsroom.contentapi.security;

import java.util.Map;

import graphql.introspection.Introspection;
import reactor.core.publisher.Mono;

import com.newsroom.contentapi.graphql.Documents;
import com.newsroom.contentapi.graphql.GraphQlProperties;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Puts the caller Spring Security resolved ({@link Caller#current()}) and the connection
 * ({@link ClientInfo}) in the GraphQL context, with what follows from the caller for the
 * document layer (a token holder may run and register any document,
 * {@link Documents#TRUSTED_CALLER}) and for introspection
 * ({@code contentapi.graphql.introspection}: {@code editors-only} switches it off for
 * everyone but editors and admins, {@code disabled} for everyone). Role checks are method
 * security on the controllers ({@link EditorsOnly}).
 */
@Component
class CallerInterceptor implements WebGraphQlInterceptor {

	private final String introspection;

	CallerInterceptor(GraphQlProperties graphQl) {
		this.introspection = graphQl.introspection();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Caller caller = Caller.current();
		ClientInfo client = ClientInfo.of(request.getHeaders(), request.getRemoteAddress());
		boolean introspectionDisabled = "disabled".equals(this.introspection)
				|| ("editors-only".equals(this.introspection) && !caller.hasAny(Role.EDITOR));
		request.configureExecutionInput((input,
				builder) -> builder.graphQLContext(Map.of(Caller.CONTEXT_KEY, caller, ClientInfo.CONTEXT_KEY, client,
						Introspection.INTROSPECTION_DISABLED, introspectionDisabled, Documents.TRUSTED_CALLER,
						!caller.isAnonymous()))
					.build());
		return chain.next(request);
	}

}
