package com.newsroom.contentapi.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

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
 * HMAC keys for the service's signed tokens (comment challenges, preview links). A key comes from configuration
 * when set; otherwise it is generated on first start and kept in the {@code settings} collection, inserted
 * atomically ({@code $setOnInsert}) so that every instance of a deployment uses the same key.
 */
@Component
public class ServerSecrets {

	private static final String SETTINGS = "settings";

	private final MongoTemplate mongo;

	private final SecureRandom random = new SecureRandom();

	ServerSecrets(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** A signer with the configured key, or with the shared generated key of that name. */
	public Signer signer(String name, @Nullable String configured) {
		String key = (configured != null && !configured.isBlank()) ? configured : generated(name);
		return new Signer(key.getBytes(StandardCharsets.UTF_8));
	}

	private String generated(String name) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		Document stored = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(name + "-secret")),
				new Update().setOnInsert("value", Base64.getEncoder().encodeToString(bytes)),
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, SETTINGS);
		return stored.getString("value");
	}

	/**
	 * HMAC-SHA256 with one key, and the token format built on it: {@code <kind>.<payload>.<signature>}, both parts
	 * base64url, so that a token is self-contained, readable by any instance, and cannot be altered.
	 */
	public static final class Signer {

		private final byte[] key;

		Signer(byte[] key) {
			this.key = key;
		}

		public String seal(String kind, String payload) {
			Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
			return kind + "." + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
					+ base64.encodeToString(sign(payload));
		}

		/** The payload of a token of this kind signed with this key, or empty for anything else. */
		public java.util.Optional<String> open(String kind, @Nullable String token) {
			String[] parts = (token == null) ? new String[0] : token.split("\\.");
			if (parts.length != 3 || !parts[0].equals(kind)) {
				return java.util.Optional.empty();
			}
			try {
				String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
				boolean genuine = java.security.MessageDigest.isEqual(sign(payload),
						Base64.getUrlDecoder().decode(parts[2]));
				return genuine ? java.util.Optional.of(payload) : java.util.Optional.empty();
			}
			catch (IllegalArgumentException ex) {
				return java.util.Optional.empty();
			}
		}

		public byte[] sign(String data) {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
				return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
			}
			catch (NoSuchAlgorithmException | InvalidKeyException ex) {
				throw new IllegalStateException("HmacSHA256 is always available", ex);
			}
		}

	}

}
