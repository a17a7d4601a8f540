package com.newsroom.contentapi.security;

/**
 * What an API token may do. Roles are not a ladder: editors write content, moderators
 * handle comments, and only {@code ADMIN} may do everything (including managing tokens).
 */
public enum Role {

	ADMIN, EDITOR, MODERATOR;

	public boolean grants(Role required) {
		return this == ADMIN || this == required;
	}

}
