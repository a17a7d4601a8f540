package com.newsroom.contentapi.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of text, in lower-case hex: token hashes, persisted-query ids, duplicate
 * detection.
 */
public final class Digests {

	private static final MessageDigest SHA_256;

	static {
		try {
			SHA_256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

	private Digests() {
	}

	public static String sha256Hex(String text) {
		return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** A fresh SHA-256 digest, for content read as a stream (uploaded files). */
	public static MessageDigest newSha256() {
		try {
			return (MessageDigest) SHA_256.clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("the JDK's SHA-256 can be cloned", ex);
		}
	}

	public static byte[] sha256(byte[] bytes) {
		return newSha256().digest(bytes);
	}

}
