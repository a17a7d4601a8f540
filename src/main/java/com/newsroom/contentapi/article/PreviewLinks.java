package com.newsroom.contentapi.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.ErrorCode;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.security.Caller;
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
		String token = this.signer.seal("p1", payload);
		return new PreviewLink(token, articleId, served, expiresAt);
	}

	ArticleView open(String token) {
		String[] fields = this.signer.open("p1", token)
			.orElseThrow(() -> invalid("The preview link is not valid"))
			.split("\\|");
		if (Instant.ofEpochSecond(Long.parseLong(fields[2])).isBefore(this.clock.instant())) {
			throw invalid("The preview link has expired");
		}
		Article article = this.reader.anyById(fields[0])
			.filter(a -> a.getTranslations().containsKey(fields[1]))
			.orElseThrow(() -> invalid("The previewed article no longer exists"));
		return ArticleView.in(article, fields[1],
				this.locales.chain(java.util.List.of(java.util.Locale.forLanguageTag(fields[1]))));
	}

	private static ApiException invalid(String message) {
		return new ApiException(ErrorCode.FORBIDDEN, message, Map.of());
	}

	record PreviewLink(String token, String articleId, String locale, Instant expiresAt) {
	}

}
