package com.newsroom.contentapi.security;

import java.nio.charset.StandardCharsets;
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

import org.bson.Document;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * HMAC keys for the service's signed tokens (comment challenges, preview links). A feature's secret comes from
 * configuration when set; otherwise it is generated on first start and kept in the {@code settings} collection,
 * inserted atomically ({@code $setOnInsert}) so that every instance of a deployment uses the same one.
 * <p>
 * Every key is derived with HKDF-SHA256 (RFC 5869) from that secret, with the signer's name and the token kind as
 * context, so that a token of one kind is never valid as another even with one configured secret for everything
 * (and the kind is also covered by the MAC, see {@link Signer}).
 */
@Component
public class ServerSecrets {

	private static final String SETTINGS = "settings";

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final byte[] SALT = "content-api/hkdf-salt/v1".getBytes(StandardCharsets.US_ASCII);

	private final MongoTemplate mongo;

	private final SecureRandom random = new SecureRandom();

	ServerSecrets(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A signer for the tokens of one feature. Its keys are derived from {@code configured} when that is set, else
	 * from the shared generated secret of that name; either way one key per token kind.
	 * @param name the feature, part of every derived key (letters, digits, {@code . _ -})
	 */
	public Signer signer(String name, @Nullable String configured) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Invalid signer name '" + name + "'");
		}
		String base = (configured != null && !configured.isBlank()) ? configured : generated(name);
		return new Signer(base.getBytes(StandardCharsets.UTF_8), name);
	}

	private String generated(String name) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		Document stored = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(name + "-secret")),
				new Update().setOnInsert("value", Base64.getEncoder().encodeToString(bytes)),
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, SETTINGS);
		return stored.getString("value");
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

	/** A 32-byte key for one purpose, derived from a secret with HKDF-SHA256 and the service's fixed salt. */
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
	 * HMAC-SHA256 tokens of one feature: {@code <kind>.<payload>.<mac>}, payload and MAC in base64url, the MAC
	 * computed over {@code <kind>.<payload>} with a key of that kind alone. A token is self-contained, readable by
	 * any instance with the same secret, cannot be altered, and is never valid as a token of another kind.
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

		/** The payload of a genuine token of this kind, or empty for anything else (altered, another kind, junk). */
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

		/** A MAC of any data with this feature's own key for raw data (never the key of a token kind). */
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
