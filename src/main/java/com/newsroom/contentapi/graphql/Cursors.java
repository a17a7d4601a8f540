package com.newsroom.contentapi.graphql;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;

import com.newsroom.contentapi.storage.KeysetWindows;

/**
 * Opaque Relay cursors for the keyset positions of {@link KeysetWindows}: the sort value
 * and the id of an item, so that the next page is a range query on an index rather than a
 * skip over everything before it. What a client sends back is checked here for its form,
 * its size and the range of its value (a date in years 1 to 9999, as stored documents
 * hold and ISO 8601 writes them), and by the store for the type of its value against the
 * list's sort field: a cursor this service could not have produced is
 * {@code BAD_USER_INPUT}, never a query.
 */
public final class Cursors {

	private static final String PREFIX = "k1:";

	/**
	 * Far above any cursor this service produces (a sort value is a date, a position or a
	 * slug).
	 */
	static final int MAX_ENCODED_LENGTH = 1024;

	static final long MIN_DATE_MILLIS = Instant.parse("0001-01-01T00:00:00Z").toEpochMilli();

	static final long MAX_DATE_MILLIS = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();

	private Cursors() {
	}

	/**
	 * The cursor of an item's position: {@code k1:d<epoch millis>|id} or
	 * {@code k1:s<text>|id}.
	 */
	public static String encode(ScrollPosition position) {
		Map<String, ?> keys = ((KeysetScrollPosition) position).getKeys();
		Object value = keys.get(KeysetWindows.SORT_VALUE);
		String sortValue = (value instanceof Instant instant) ? "d" + instant.toEpochMilli() : "s" + value;
		return encode(sortValue, String.valueOf(keys.get(KeysetWindows.ID)));
	}

	/**
	 * A cursor around any sort value (search positions are {@code o<offset>}) and id.
	 */
	public static String encode(String sortValue, String id) {
		String raw = PREFIX + sortValue + "|" + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The position a cursor sent back stands for, read in the direction of its argument;
	 * anything this service did not produce is {@code BAD_USER_INPUT} naming the
	 * argument.
	 */
	public static KeysetScrollPosition decode(String argumentName, String cursor, boolean backward) {
		String[] parts = split(argumentName, cursor);
		Map<String, @Nullable Object> keys = new LinkedHashMap<>();
		keys.put(KeysetWindows.SORT_VALUE, sortValue(argumentName, parts[0]));
		keys.put(KeysetWindows.ID, parts[1]);
		return backward ? ScrollPosition.backward(keys) : ScrollPosition.forward(keys);
	}

	/**
	 * The sort value and the id a cursor carries, as written ({@code d…}, {@code s…},
	 * {@code o…}), for lists whose positions are not keysets.
	 */
	public static String[] split(String argumentName, String cursor) {
		if (cursor.length() <= MAX_ENCODED_LENGTH) {
			try {
				String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
				int bar = raw.lastIndexOf('|');
				if (raw.startsWith(PREFIX) && bar > PREFIX.length() && bar < raw.length() - 1) {
					return new String[] { raw.substring(PREFIX.length(), bar), raw.substring(bar + 1) };
				}
			}
			catch (IllegalArgumentException ex) {
				// falls through to the error below
			}
		}
		throw invalid(argumentName);
	}

	private static Object sortValue(String argumentName, String value) {
		if (value.startsWith("s")) {
			return value.substring(1);
		}
		if (value.matches("d-?[0-9]{1,19}")) {
			try {
				long millis = Long.parseLong(value.substring(1));
				if (millis >= MIN_DATE_MILLIS && millis <= MAX_DATE_MILLIS) {
					return Instant.ofEpochMilli(millis);
				}
			}
			catch (NumberFormatException ex) {
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
