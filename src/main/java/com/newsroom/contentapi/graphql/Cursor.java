package com.newsroom.contentapi.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque Relay cursor: the sort value and the id of the last document seen, so that the next page is a range
 * query on an index (keyset paging) rather than a skip over everything before it.
 */
public record Cursor(String sortValue, String id) {

	private static final String PREFIX = "k1:";

	public String encode() {
		String raw = PREFIX + this.sortValue + "|" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/** Reads a cursor a client sent back; anything this service did not produce is {@code BAD_USER_INPUT}. */
	public static Cursor decode(String argumentName, String encoded) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
			int bar = raw.lastIndexOf('|');
			if (raw.startsWith(PREFIX) && bar > PREFIX.length() - 1 && bar < raw.length() - 1) {
				return new Cursor(raw.substring(PREFIX.length(), bar), raw.substring(bar + 1));
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw ApiException.badInput(argumentName, "not a cursor returned by this API");
	}

}
