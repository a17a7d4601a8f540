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

	/** HMAC-SHA256 with one key. */
	public static final class Signer {

		private final byte[] key;

		Signer(byte[] key) {
			this.key = key;
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
