package com.newsroom.contentapi.security;

import java.util.List;

import com.newsroom.contentapi.security.AdminsOnly;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ApiTokenController {

	private final ApiTokenService tokens;

	ApiTokenController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@QueryMapping
	@AdminsOnly
	List<ApiToken> apiTokens(@ContextValue Caller caller) {
		return this.tokens.list(caller);
	}

	@MutationMapping
	@AdminsOnly
	ApiTokenCreated createApiToken(@Argument String name, @Argument Role role, @ContextValue Caller caller) {
		return this.tokens.create(name, role, caller);
	}

	@MutationMapping
	@AdminsOnly
	String revokeApiToken(@Argument String id, @ContextValue Caller caller) {
		return this.tokens.revoke(id, caller);
	}

}
