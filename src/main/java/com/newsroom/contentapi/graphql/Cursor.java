package com.newsroom.contentapi.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque Relay cursor: the sort value and the id of the last document seen, so that
 * the next page is a range query on an index (keyset paging) rather than a skip over
 * everything before it. What a client sends back is checked here for its form and size,
 * and by its reader ({@link KeysetPaging}, search) for the range of its value: a cursor
 * this service could not have produced is {@code BAD_USER_INPUT}, never a query.
 */
public record Cursor(String sortValue, String id) {

	private static final String PREFIX = "k1:";

	/**
	 * Far above any cursor this service produces (a sort value is a date, a position or a
	 * slug).
	 */
	static final int MAX_ENCODED_LENGTH = 1024;

	public String encode() {
		String raw = PREFIX + this.sortValue + "|" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a cursor a client sent back; anything this service did not produce is
	 * {@code BAD_USER_INPUT}.
	 */
	public static Cursor decode(String argumentName, String encoded) {
		if (encoded.length() <= MAX_ENCODED_LENGTH) {
			try {
				String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
				int bar = raw.lastIndexOf('|');
				if (raw.startsWith(PREFIX) && bar > PREFIX.length() && bar < raw.length() - 1) {
					return new Cursor(raw.substring(PREFIX.length(), bar), raw.substring(bar + 1));
				}
			}
			catch (IllegalArgumentException ex) {
				// falls through to the error below
			}
		}
		throw invalid(argumentName);
	}

	/**
	 * The error for a cursor that this service did not produce, or that does not belong
	 * to this list.
	 */
	public static ApiException invalid(String argumentName) {
		return ApiException.badInput(argumentName, "not a cursor returned by this API for this list");
	}

}
