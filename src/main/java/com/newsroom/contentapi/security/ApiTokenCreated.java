package com.newsroom.contentapi.security;

/** A newly created token; the only time its secret is ever shown. */
public record ApiTokenCreated(String id, String name, Role role, String secret) {
}
