package com.newsroom.contentapi.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.newsroom.contentapi.storage.EmbeddedMongoProperties;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The server's secret, from which the HMAC keys of its signed tokens (comment challenges,
 * preview links) are derived, kept out of the content database so that whoever can read
 * MongoDB (a replica, a backup, a shared cluster) cannot forge tokens. It comes, in this
 * order, from
 * <ol>
 * <li>{@code contentapi.security.secret} (at least 32 characters), the way to give
 * several instances the same keys;
 * <li>the secrets file ({@code contentapi.security.secrets-file}, by default
 * {@code secrets.properties} next to the embedded store's file, e.g.
 * {@code ./data/secrets.properties}): generated on first start, 32 random bytes, readable
 * and writable by the service's user only (POSIX {@code 600} where the file system has
 * permissions); see {@link SecretsFile};
 * <li>memory, when the embedded store is in memory too
 * ({@code contentapi.embedded-mongo.path=memory}) and no file is configured: the keys
 * live as long as the data they protect.
 * </ol>
 * A per-feature secret that is configured ({@code contentapi.preview.secret},
 * {@code contentapi.comments.challenge.secret}) still takes the place of the server's
 * secret for that feature's tokens.
 * <p>
 * Every key is derived with HKDF-SHA256 (RFC 5869) from that secret, with the signer's
 * name and the token kind as context, so that a token of one kind is never valid as
 * another even with one configured secret for everything (and the kind is also covered by
 * the MAC, see {@link Signer}).
 * <p>
 * Earlier versions generated keys into the {@code settings} collection
 * ({@code <name>-secret}). They are removed at start and <em>not</em> migrated: a key
 * that sat in plain text in the database has to be taken as known to whoever could read
 * the database or its backups, and the token format changed anyway (the kind is signed,
 * the keys are derived per kind, preview links carry a revocation generation), so no
 * token of the earlier version would open with the old key either. Outstanding challenges
 * (minutes) and preview links (at most 7 days) stop working once, at the upgrade; editors
 * create new links.
 */
@Component
public class ServerSecrets {

	private static final Logger logger = LoggerFactory.getLogger(ServerSecrets.class);

	static final int MIN_SECRET_LENGTH = 32;

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final byte[] SALT = "content-api/hkdf-salt/v1".getBytes(StandardCharsets.US_ASCII);

	private final byte[] secret;

	ServerSecrets(SecurityProperties properties, EmbeddedMongoProperties store, MongoTemplate mongo) {
		this.secret = resolve(properties, store);
		removeSecretsFromDatabase(mongo);
	}

	/**
	 * A signer for the tokens of one feature. Its keys are derived from
	 * {@code configured} when that is set, else from the server's secret; either way one
	 * key per token kind.
	 * @param name the feature, part of every derived key (letters, digits, {@code . _ -})
	 */
	public Signer signer(String name, @Nullable String configured) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Invalid signer name '" + name + "'");
		}
		if (configured != null && !configured.isBlank() && configured.length() < MIN_SECRET_LENGTH) {
			logger.warn("The configured secret of {} tokens has fewer than {} characters; a short secret can be "
					+ "guessed from one token offline: use a long random value", name, MIN_SECRET_LENGTH);
		}
		byte[] base = (configured != null && !configured.isBlank()) ? configured.getBytes(StandardCharsets.UTF_8)
				: this.secret;
		return new Signer(base, name);
	}

	private static byte[] resolve(SecurityProperties properties, EmbeddedMongoProperties store) {
		String configured = properties.secret();
		if (configured != null && !configured.isBlank()) {
			if (configured.length() < MIN_SECRET_LENGTH) {
				throw new IllegalStateException("contentapi.security.secret must have at least " + MIN_SECRET_LENGTH
						+ " characters (it has " + configured.length()
						+ "); use a long random value, e.g. the output of " + "'openssl rand -base64 32'");
			}
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		Path file = secretsFile(properties, store);
		if (file == null) {
			byte[] random = new byte[SecretsFile.SECRET_BYTES];
			new SecureRandom().nextBytes(random);
			return random;
		}
		return SecretsFile.loadOrCreate(file);
	}

	/**
	 * The file of the server's secret, or null to keep it in memory (with an in-memory
	 * store).
	 */
	@Nullable static Path secretsFile(SecurityProperties properties, EmbeddedMongoProperties store) {
		String configured = properties.secretsFile();
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		if (store.inMemory()) {
			return null;
		}
		return Path.of(store.path()).resolveSibling(SecretsFile.DEFAULT_NAME);
	}

	private static void removeSecretsFromDatabase(MongoTemplate mongo) {
		long removed = mongo.remove(Query.query(Criteria.where("_id").regex("-secret$")), "settings").getDeletedCount();
		if (removed > 0) {
			logger.warn("Removed {} HMAC key(s) that an earlier version kept in the 'settings' collection; tokens "
					+ "signed with them (comment challenges, preview links) no longer open. Keys now come from "
					+ "contentapi.security.secret or the secrets file", removed);
		}
	}

	static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is always available", ex);
		}
	}

	/**
	 * A 32-byte key for one purpose, derived from a secret with HKDF-SHA256 and the
	 * service's fixed salt.
	 */
	static byte[] derive(byte[] secret, String info) {
		return hkdf(SALT, secret, info.getBytes(StandardCharsets.UTF_8));
	}

	/** HKDF-SHA256 (RFC 5869): extract, then the first block (32 bytes) of expand. */
	static byte[] hkdf(byte[] salt, byte[] secret, byte[] info) {
		byte[] prk = hmac(salt, secret);
		byte[] block = new byte[info.length + 1];
		System.arraycopy(info, 0, block, 0, info.length);
		block[info.length] = 1;
		return hmac(prk, block);
	}

	/**
	 * HMAC-SHA256 tokens of one feature: {@code <kind>.<payload>.<mac>}, payload and MAC
	 * in base64url, the MAC computed over {@code <kind>.<payload>} with a key of that
	 * kind alone. A token is self-contained, readable by any instance with the same
	 * secret, cannot be altered, and is never valid as a token of another kind.
	 */
	public static final class Signer {

		private static final Pattern KIND = Pattern.compile("[A-Za-z0-9_-]{1,32}");

		private static final int MAX_TOKEN_LENGTH = 4096;

		private final byte[] base;

		private final String name;

		private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

		Signer(byte[] base, String name) {
			this.base = base;
			this.name = name;
		}

		public String seal(String kind, String payload) {
			String signed = checkedKind(kind) + "." + base64(payload.getBytes(StandardCharsets.UTF_8));
			return signed + "." + base64(mac(kind, signed));
		}

		/**
		 * The payload of a genuine token of this kind, or empty for anything else
		 * (altered, another kind, junk).
		 */
		public Optional<String> open(String kind, @Nullable String token) {
			if (token == null || token.length() > MAX_TOKEN_LENGTH) {
				return Optional.empty();
			}
			String[] parts = token.split("\\.", -1);
			if (parts.length != 3 || !parts[0].equals(checkedKind(kind))) {
				return Optional.empty();
			}
			try {
				byte[] given = Base64.getUrlDecoder().decode(parts[2]);
				if (!MessageDigest.isEqual(mac(kind, parts[0] + "." + parts[1]), given)) {
					return Optional.empty();
				}
				return Optional.of(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}

		/**
		 * A MAC of any data with this feature's own key for raw data (never the key of a
		 * token kind).
		 */
		public byte[] sign(String data) {
			return ServerSecrets.hmac(key("#data"), data.getBytes(StandardCharsets.UTF_8));
		}

		private byte[] mac(String kind, String signed) {
			return ServerSecrets.hmac(key("token/" + kind), signed.getBytes(StandardCharsets.US_ASCII));
		}

		private byte[] key(String purpose) {
			return this.keys.computeIfAbsent(purpose,
					p -> ServerSecrets.derive(this.base, "content-api/" + this.name + "/" + p));
		}

		private static String checkedKind(String kind) {
			if (!KIND.matcher(kind).matches()) {
				throw new IllegalArgumentException("Invalid token kind '" + kind + "'");
			}
			return kind;
		}

		private static String base64(byte[] bytes) {
			return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}

	}

}
