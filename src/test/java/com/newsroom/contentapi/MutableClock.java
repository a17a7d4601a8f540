package com.newsroom.contentapi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests can move forward, so that time-dependent behaviour is tested without
 * waiting.
 */
public class MutableClock extends Clock {

	/** Millisecond precision, like the dates MongoDB stores. */
	private final AtomicReference<Instant> now = new AtomicReference<>(
			Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

	public void advance(Duration duration) {
		this.now.updateAndGet(instant -> instant.plus(duration));
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

}
