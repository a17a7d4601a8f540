package com.newsroom.contentapi.search;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.Cursors;

/**
 * Search's cursors: a hit's sort values (and, by relevance, the instant recency was
 * measured from) and its article id, so that the next page starts right after it; read
 * back strictly, as anything else is a client's mistake.
 */
final class SearchCursors {

	private SearchCursors() {
	}

	/**
	 * The cursor of a hit: by relevance
	 * {@code r<origin>_<score bits>_<publication time>}, by date
	 * {@code n<publication time>}; then the article id.
	 */
	static String of(Ranking.Order order, Instant origin, Ranking.Hit hit) {
		String position = (order == Ranking.Order.NEWEST) ? "n" + hit.publishedAt()
				: "r" + origin.toEpochMilli() + "_" + Float.floatToIntBits(hit.score()) + "_" + hit.publishedAt();
		return Cursors.encode(position, hit.id());
	}

	/**
	 * The hit a search cursor points after; anything this service could not have written
	 * for a search in this order is {@code BAD_USER_INPUT}.
	 */
	static Ranking.After after(String cursor, Ranking.Order order) {
		String[] parts = Cursors.split("after", cursor);
		try {
			if (order == Ranking.Order.NEWEST) {
				if (parts[0].matches("n-?[0-9]{1,19}")) {
					return new Ranking.After(Instant.EPOCH, 0f, Long.parseLong(parts[0].substring(1)), parts[1]);
				}
			}
			else {
				Matcher values = CURSOR.matcher(parts[0]);
				if (values.matches()) {
					long origin = Long.parseLong(values.group(1));
					float score = Float.intBitsToFloat(Integer.parseInt(values.group(2)));
					long publishedAt = Long.parseLong(values.group(3));
					if (Float.isFinite(score) && score >= 0 && origin > 0 && origin <= LAST_INSTANT_MILLIS) {
						return new Ranking.After(Instant.ofEpochMilli(origin), score, publishedAt, parts[1]);
					}
				}
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the error below
		}
		throw ApiException.badInput("after", "not a cursor returned by search");
	}

	/** 9999-12-31T23:59:59.999Z, the last instant ISO 8601 writes with four digits. */
	private static final long LAST_INSTANT_MILLIS = 253_402_300_799_999L;

	private static final Pattern CURSOR = Pattern.compile("r([0-9]{1,15})_(-?[0-9]{1,10})_(-?[0-9]{1,19})");

}
