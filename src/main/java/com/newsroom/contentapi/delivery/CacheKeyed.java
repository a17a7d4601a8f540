package com.newsroom.contentapi.delivery;

/**
 * A value a feature serves whose changes it announces: every response that contains it
 * carries its key ({@code article:<id>}) as a surrogate key, and a
 * {@link ContentChangedEvent} with that key purges those responses. Implemented by a
 * feature's view types; delivery knows no feature by name.
 */
public interface CacheKeyed {

	String cacheKey();

}
