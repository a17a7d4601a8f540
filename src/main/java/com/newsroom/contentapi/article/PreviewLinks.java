package com.newsroom.contentapi.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.ErrorCode;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.Role;
import com.newsroom.contentapi.security.ServerSecrets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * Time-limited, signed, read-only links to one article in any status, so that a front-end can show a draft to
 * someone without an API token. The token names the article, the locale and the expiry, signed with HMAC-SHA256
 * ({@code contentapi.preview.secret}, or a generated key shared through MongoDB); it grants reading that one
 * article and nothing else. A token that is expired, altered or unknown is {@code FORBIDDEN}.
 */
@Component
class PreviewLinks {

	static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

	static final Duration MAX_LIFETIME = Duration.ofDays(7);

	private final ServerSecrets.Signer signer;

	private final ArticleReader reader;

	private final LocaleCatalog locales;

	private final Clock clock;

	PreviewLinks(ServerSecrets secrets, @Value("${contentapi.preview.secret:}") String secret, ArticleReader reader,
			LocaleCatalog locales, Clock clock) {
		this.signer = secrets.signer("preview", secret);
		this.reader = reader;
		this.locales = locales;
		this.clock = clock;
	}

	PreviewLink create(String articleId, @Nullable String locale, @Nullable Integer expiresInSeconds, Caller caller) {
		caller.require(Role.EDITOR);
		Article article = this.reader.anyById(articleId)
			.orElseThrow(() -> ApiException.notFound("No article with id " + articleId));
		String served = (locale != null) ? locale : article.original().locale();
		if (!article.getTranslations().containsKey(served)) {
			throw ApiException.badInput("locale", "the article has no '" + served + "' translation");
		}
		Duration lifetime = (expiresInSeconds != null) ? Duration.ofSeconds(expiresInSeconds) : DEFAULT_LIFETIME;
		if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
			throw ApiException.badInput("expiresIn", "between 1 second and " + MAX_LIFETIME.toDays() + " days");
		}
		Instant expiresAt = this.clock.instant().plus(lifetime).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		String payload = String.join("|", articleId, served, Long.toString(expiresAt.getEpochSecond()));
		String token = "p1." + base64(payload.getBytes(StandardCharsets.UTF_8)) + "." + base64(this.signer.sign(payload));
		return new PreviewLink(token, articleId, served, expiresAt);
	}

	ArticleView open(String token) {
		String[] parts = (token == null) ? new String[0] : token.split("\\.");
		try {
			if (parts.length == 3 && parts[0].equals("p1")) {
				String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
				if (MessageDigest.isEqual(this.signer.sign(payload), Base64.getUrlDecoder().decode(parts[2]))) {
					String[] fields = payload.split("\\|");
					if (Instant.ofEpochSecond(Long.parseLong(fields[2])).isBefore(this.clock.instant())) {
						throw invalid("The preview link has expired");
					}
					Article article = this.reader.anyById(fields[0])
						.filter(a -> a.getTranslations().containsKey(fields[1]))
						.orElseThrow(() -> invalid("The previewed article no longer exists"));
					return ArticleView.in(article, fields[1], this.locales.chain(java.util.List.of(
							java.util.Locale.forLanguageTag(fields[1]))));
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw invalid("The preview link is not valid");
	}

	private static ApiException invalid(String message) {
		return new ApiException(ErrorCode.FORBIDDEN, message, Map.of());
	}

	private static String base64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	record PreviewLink(String token, String articleId, String locale, Instant expiresAt) {
	}

}
