package com.newsroom.contentapi.article;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.jspecify.annotations.Nullable;

/**
 * @param secret HMAC secret of preview links only (at least 32 characters); unset, their
 * keys are derived from the server's secret (see {@code security/ServerSecrets})
 */
@ConfigurationProperties("contentapi.preview")
public record PreviewProperties(@Nullable String secret) {
}
