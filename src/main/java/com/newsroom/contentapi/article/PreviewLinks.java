package com.newsroom.contentapi.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.ErrorCode;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.ServerSecrets;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Time-limited, signed, read-only links to one article in any status, so that a front-end
 * can show a draft to someone without an API token. The token names the article, the
 * locale, the expiry and the article's preview generation, signed with HMAC-SHA256 under
 * a key of its own kind ({@link ServerSecrets}, or {@code contentapi.preview.secret}); it
 * grants reading that one article and nothing else. Revoking an article's links
 * increments its generation ({@code preview_generations}, one document per article whose
 * links were ever revoked, by {@code _id}), so every link issued before stops working at
 * once, expired or not. A token that is expired, revoked, altered, malformed or of
 * another kind is {@code FORBIDDEN}.
 */
@Component
class PreviewLinks {

	static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

	static final Duration MAX_LIFETIME = Duration.ofDays(7);

	static final String GENERATIONS = "preview_generations";

	/**
	 * The token kind; {@code p1} tokens (kind outside the MAC, no generation) are no
	 * longer accepted.
	 */
	private static final String KIND = "p2";

	private final ServerSecrets.Signer signer;

	private final ArticleReader reader;

	private final LocaleCatalog locales;

	private final MongoTemplate mongo;

	private final Clock clock;

	PreviewLinks(ServerSecrets secrets, PreviewProperties properties, ArticleReader reader, LocaleCatalog locales,
			MongoTemplate mongo, Clock clock) {
		this.signer = secrets.signer("preview", properties.secret());
		this.reader = reader;
		this.locales = locales;
		this.mongo = mongo;
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
		Instant expiresAt = this.clock.instant().plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
		String payload = String.join("|", article.getId(), served, Long.toString(expiresAt.getEpochSecond()),
				Long.toString(generation(article.getId())));
		return new PreviewLink(this.signer.seal(KIND, payload), article.getId(), served, expiresAt);
	}

	ArticleView open(String token) {
		Fields fields = this.signer.open(KIND, token)
			.flatMap(Fields::parse)
			.orElseThrow(() -> invalid("The preview link is not valid"));
		if (fields.expiresAt().isBefore(this.clock.instant())) {
			throw invalid("The preview link has expired");
		}
		if (fields.generation() != generation(fields.articleId())) {
			throw invalid("The preview link was revoked");
		}
		Article article = this.reader.anyById(fields.articleId())
			.filter(a -> a.getTranslations().containsKey(fields.locale()))
			.orElseThrow(() -> invalid("The previewed article no longer exists"));
		return ArticleView.in(article, fields.locale(),
				this.locales.chain(List.of(Locale.forLanguageTag(fields.locale()))));
	}

	/** Makes every preview link of the article issued so far stop working. */
	boolean revoke(String articleId) {
		Article article = this.reader.anyById(articleId)
			.orElseThrow(() -> ApiException.notFound("No article with id " + articleId));
		this.mongo.findAndModify(Query.query(Criteria.where("_id").is(article.getId())),
				new Update().inc("generation", 1L), FindAndModifyOptions.options().upsert(true), Document.class,
				GENERATIONS);
		return true;
	}

	@EventListener
	void onArticleDeleted(ArticleDeletedEvent event) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(event.articleId())), GENERATIONS);
	}

	private long generation(String articleId) {
		Document stored = this.mongo.findById(articleId, Document.class, GENERATIONS);
		return (stored != null && stored.get("generation") instanceof Number number) ? number.longValue() : 0;
	}

	private static ApiException invalid(String message) {
		return new ApiException(ErrorCode.FORBIDDEN, message, Map.of());
	}

	/**
	 * The fields of a genuine token's payload; empty when one is missing or malformed.
	 */
	private record Fields(String articleId, String locale, Instant expiresAt, long generation) {

		static Optional<Fields> parse(String payload) {
			String[] fields = payload.split("\\|", -1);
			if (fields.length != 4 || fields[0].isEmpty() || fields[1].isEmpty()) {
				return Optional.empty();
			}
			try {
				return Optional.of(new Fields(fields[0], fields[1], Instant.ofEpochSecond(Long.parseLong(fields[2])),
						Long.parseLong(fields[3])));
			}
			catch (NumberFormatException | java.time.DateTimeException ex) {
				return Optional.empty();
			}
		}

	}

	record PreviewLink(String token, String articleId, String locale, Instant expiresAt) {
	}

}
