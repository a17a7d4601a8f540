package com.newsroom.contentapi.delivery;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A part of the request, other than the GraphQL request itself, that a feature's
 * responses vary with (the locale chain an {@code Accept-Language} header resolves to):
 * it goes into the response cache key, and the header it reads into {@code Vary}.
 * Features implement it as beans.
 */
public interface RequestVariant {

	/** The request header this variant reads, for {@code Vary}. */
	String header();

	/**
	 * What this request resolves to; two requests with the same value get the same
	 * response.
	 */
	String of(HttpServletRequest request);

}
