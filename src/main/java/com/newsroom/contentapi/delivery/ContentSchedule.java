package com.newsroom.contentapi.delivery;

import java.time.Instant;
import java.util.Optional;

/**
 * When a feature's public content next changes without a write (a scheduled article's
 * time): the response cache drops what it holds from then on. Features implement it as
 * beans.
 */
public interface ContentSchedule {

	Optional<Instant> nextChange();

}
