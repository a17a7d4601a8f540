package com.newsroom.contentapi.delivery;

import org.springframework.http.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * What {@link GraphQlHttpFilter} decided about a request before it executes, for
 * {@link DeliveryHandler} to finish the response: set once as a request attribute, never
 * changed.
 *
 * @param mediaType the negotiated response media type
 * @param request the request as read and checked (executed as it is: its body is not read
 * twice)
 * @param anonymous no API token: the response may be public
 * @param ticket the response cache flight this request leads, or {@code null} when it is
 * not cacheable
 */
record Exchange(MediaType mediaType, GraphQlHttpRequest request, boolean anonymous,
		ResponseCache.@Nullable Ticket ticket) {

	static final String ATTRIBUTE = Exchange.class.getName();

	/** The request came as a GET (only queries may). */
	boolean get() {
		return this.request.get();
	}

}
