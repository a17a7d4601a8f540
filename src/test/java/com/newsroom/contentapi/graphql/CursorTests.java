package com.newsroom.contentapi.graphql;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;

import com.newsroom.contentapi.storage.KeysetWindows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a keyset cursor may carry: its form and the range of its value are checked by
 * {@link Cursors}, the type of its value against the list by the store.
 */
class CursorTests {

	private static final String ID = "6b0bd5e64aaecbb64cef0000";

	private static ScrollPosition position(Object sortValue) {
		Map<String, Object> keys = new LinkedHashMap<>();
		keys.put(KeysetWindows.SORT_VALUE, sortValue);
		keys.put(KeysetWindows.ID, ID);
		return ScrollPosition.forward(keys);
	}

	@Test
	void aCursorReadsBackAsItWasWritten() {
		Instant at = Instant.parse("2021-11-23T10:15:30.123Z");
		KeysetScrollPosition position = Cursors.decode("after", Cursors.encode(position(at)), false);
		assertThat(position.getKeys()).containsEntry(KeysetWindows.SORT_VALUE, at).containsEntry(KeysetWindows.ID, ID);
		assertThat(position.scrollsBackward()).isFalse();
		assertThat(Cursors.decode("before", Cursors.encode(position("maroc")), true).getKeys())
			.containsEntry(KeysetWindows.SORT_VALUE, "maroc");
		assertThat(Cursors.decode("before", Cursors.encode(position("maroc")), true).scrollsBackward()).isTrue();
	}

	@Test
	void datesOutsideYearsOneToNineThousandNineHundredNinetyNineAreRefused() {
		assertThat(Cursors.decode("after", Cursors.encode("d" + Cursors.MIN_DATE_MILLIS, ID), false).getKeys())
			.containsEntry(KeysetWindows.SORT_VALUE, Instant.parse("0001-01-01T00:00:00Z"));
		assertThat(Cursors.decode("after", Cursors.encode("d" + Cursors.MAX_DATE_MILLIS, ID), false).getKeys())
			.containsEntry(KeysetWindows.SORT_VALUE, Instant.parse("9999-12-31T23:59:59.999Z"));
		for (String value : new String[] { "d" + (Cursors.MIN_DATE_MILLIS - 1), "d" + (Cursors.MAX_DATE_MILLIS + 1),
				"d" + Long.MAX_VALUE, "d" + Long.MIN_VALUE, "d+5", "d5e3", "d", "o5", "x5" }) {
			assertThatThrownBy(() -> Cursors.decode("after", Cursors.encode(value, ID), false)).as(value)
				.isInstanceOfSatisfying(ApiException.class,
						ex -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_USER_INPUT));
		}
	}

	@Test
	void oversizedOrMalformedCursorsAreRefused() {
		for (String encoded : new String[] { "%%%", "", "A".repeat(Cursors.MAX_ENCODED_LENGTH + 1),
				Cursors.encode("", "x"), "azE6ZDE" /* k1:d1 without an id */ }) {
			assertThatThrownBy(() -> Cursors.decode("after", encoded, false)).as(encoded)
				.isInstanceOfSatisfying(ApiException.class,
						ex -> assertThat(ex.extensions()).containsEntry("field", "after"));
		}
	}

}
