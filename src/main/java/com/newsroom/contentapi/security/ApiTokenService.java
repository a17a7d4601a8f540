package com.newsroom.contentapi.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.text.Digests;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Service;

/**
 * Issues, checks and revokes API tokens. A secret is 32 random bytes shown once at
 * creation; only its SHA-256 hash is stored, under a unique index, so checking a token is
 * one indexed read.
 */
@Service
public class ApiTokenService {

	private static final String SECRET_PREFIX = "cat_";

	private final ApiTokenRepository tokens;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final BootstrapToken bootstrap;

	private final ApplicationEventPublisher events;

	ApiTokenService(ApiTokenRepository tokens, MongoTemplate mongo, BootstrapToken bootstrap, Clock clock,
			ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.events = events;
		this.clock = clock;
		this.bootstrap = bootstrap;
		mongo.indexOps(ApiToken.class).createIndex(new Index("secretHash", Sort.Direction.ASC).unique());
	}

	/**
	 * The caller that presents this secret, if it is the bootstrap token or an active
	 * stored token.
	 */
	public Optional<Caller> authenticate(String secret) {
		if (this.bootstrap.matches(secret)) {
			return Optional.of(new Caller("bootstrap", Role.ADMIN));
		}
		return this.tokens.findBySecretHashAndRevokedAtIsNull(hash(secret))
			.map(token -> new Caller(token.name(), token.role()));
	}

	public ApiTokenCreated create(String name, Role role, Caller admin) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw ApiException.badInput("name", "must be 1 to 100 characters");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken saved = this.tokens
			.save(new ApiToken(null, name.strip(), role, hash(secret), this.clock.instant(), admin.name(), null));
		this.events.publishEvent(new ApiTokenEvent("token.create", saved.id(), saved.name(), saved.role(), admin.name(),
				saved.createdAt()));
		return new ApiTokenCreated(saved.id(), saved.name(), saved.role(), secret);
	}

	public String revoke(String id, Caller admin) {
		ApiToken token = this.tokens.findById(id)
			.filter(t -> t.revokedAt() == null)
			.orElseThrow(() -> ApiException.notFound("No active API token with id " + id));
		ApiToken revoked = this.tokens.save(token.revoked(this.clock.instant()));
		this.events.publishEvent(
				new ApiTokenEvent("token.revoke", id, token.name(), token.role(), admin.name(), revoked.revokedAt()));
		return id;
	}

	public List<ApiToken> list(Caller admin) {
		return this.tokens.findAll(Sort.by("createdAt"));
	}

	static String hash(String secret) {
		return Digests.sha256Hex(secret);
	}

}
