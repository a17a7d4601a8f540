package com.newsroom.contentapi.security;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API token: the {@link Caller} as principal and its role
 * as authorities ({@code ROLE_ADMIN} also holds every other role, as {@link Role#grants}
 * says). The secret is not kept.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final Caller caller;

	ApiTokenAuthentication(Caller caller) {
		super(authorities(caller.role()));
		this.caller = caller;
		setAuthenticated(true);
	}

	private static List<SimpleGrantedAuthority> authorities(Role role) {
		return Arrays.stream(Role.values())
			.filter(role::grants)
			.map(granted -> new SimpleGrantedAuthority("ROLE_" + granted.name()))
			.toList();
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Caller getPrincipal() {
		return this.caller;
	}

	@Override
	public String getName() {
		return this.caller.name();
	}

}
