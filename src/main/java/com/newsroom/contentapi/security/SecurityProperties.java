package com.newsroom.contentapi.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.lang.Nullable;

/**
 * @param bootstrapToken when set, accepted as an {@code ADMIN} token, so that the first real tokens can be
 * created on a fresh installation
 */
@ConfigurationProperties("contentapi.security")
public record SecurityProperties(@Nullable String bootstrapToken) {
}
