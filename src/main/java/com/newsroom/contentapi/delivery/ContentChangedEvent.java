package com.newsroom.contentapi.delivery;

import java.util.Set;

/**
 * Published by a feature after a write (or by {@link ChangeStreamInvalidation} for
 * another instance's write): the surrogate keys of what changed, or {@link #everything()}
 * when a change cannot be narrowed down. The response cache drops what carries them;
 * features that cache their own values listen too.
 */
public record ContentChangedEvent(Set<String> keys, boolean all) {

	public static ContentChangedEvent of(String... keys) {
		return new ContentChangedEvent(Set.of(keys), false);
	}

	public static ContentChangedEvent everything() {
		return new ContentChangedEvent(Set.of(), true);
	}

	/** Whether responses carrying this key are affected. */
	public boolean touches(String key) {
		return this.all || this.keys.contains(key);
	}

}
