package com.newsroom.contentapi.graphql;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a keyset cursor may carry: its form is checked by {@link Cursor}, its value's
 * range by its sort key.
 */
class CursorTests {

	private static final KeysetPaging.SortKey<Instant> BY_DATE = new KeysetPaging.SortKey<>("at", Sort.Direction.DESC,
			at -> at, at -> "6b0bd5e64aaecbb64cef0000");

	@Test
	void aCursorReadsBackAsItWasWritten() {
		Instant at = Instant.parse("2021-11-23T10:15:30.123Z");
		Cursor cursor = Cursor.decode("after", BY_DATE.encode(at));
		assertThat(BY_DATE.decode(cursor, "after", Instant.class)).isEqualTo(at);
		assertThat(cursor.id()).isEqualTo("6b0bd5e64aaecbb64cef0000");
	}

	@Test
	void datesOutsideYearsOneToNineThousandNineHundredNinetyNineAreRefused() {
		assertThat(BY_DATE.decode(new Cursor("d" + KeysetPaging.MIN_DATE_MILLIS, "x"), "after", Instant.class))
			.isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
		assertThat(BY_DATE.decode(new Cursor("d" + KeysetPaging.MAX_DATE_MILLIS, "x"), "after", Instant.class))
			.isEqualTo(Instant.parse("9999-12-31T23:59:59.999Z"));
		for (String value : new String[] { "d" + (KeysetPaging.MIN_DATE_MILLIS - 1),
				"d" + (KeysetPaging.MAX_DATE_MILLIS + 1), "d" + Long.MAX_VALUE, "d" + Long.MIN_VALUE, "d+5", "d5e3",
				"d" }) {
			assertThatThrownBy(() -> BY_DATE.decode(new Cursor(value, "x"), "after", Instant.class)).as(value)
				.isInstanceOfSatisfying(ApiException.class,
						ex -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_USER_INPUT));
		}
	}

	@Test
	void aValueOfAnotherKindThanTheSortFieldIsRefused() {
		assertThatThrownBy(() -> BY_DATE.decode(new Cursor("sabc", "x"), "after", Instant.class))
			.isInstanceOf(ApiException.class);
		assertThatThrownBy(() -> BY_DATE.decode(new Cursor("d5", "x"), "after", String.class))
			.isInstanceOf(ApiException.class);
		assertThat(BY_DATE.decode(new Cursor("sabc", "x"), "after", String.class)).isEqualTo("abc");
	}

	@Test
	void oversizedOrMalformedCursorsAreRefused() {
		for (String encoded : new String[] { "%%%", "", "A".repeat(Cursor.MAX_ENCODED_LENGTH + 1),
				new Cursor("", "x").encode(), "azE6ZDE" /* k1:d1 without an id */ }) {
			assertThatThrownBy(() -> Cursor.decode("after", encoded)).as(encoded)
				.isInstanceOfSatisfying(ApiException.class,
						ex -> assertThat(ex.extensions()).containsEntry("field", "after"));
		}
	}

}
