package com.newsroom.contentapi.graphql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * The media types a GraphQL response is sent in, as the GraphQL-over-HTTP specification
 * defines them: {@code application/graphql-response+json} when the client asks for it,
 * {@code application/json} otherwise ({@code *}{@code /*}, {@code application/*} or no
 * {@code Accept} at all). Every response of the endpoint, errors included, goes out in
 * the type chosen here, so a client reads {@code extensions.code} the same way whatever
 * went wrong.
 */
public final class GraphQlMediaTypes {

	public static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private GraphQlMediaTypes() {
	}

	/**
	 * The response media type for this {@code Accept} header, by the client's quality
	 * values (our preference, {@code application/graphql-response+json}, breaks ties), or
	 * {@code null} when it accepts neither (HTTP 406).
	 */
	@Nullable public static MediaType negotiate(@Nullable String accept) {
		if (accept == null || accept.isBlank()) {
			return MediaType.APPLICATION_JSON;
		}
		List<MediaType> accepted;
		try {
			accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
		accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : accepted) {
			if (type.getQualityValue() <= 0) {
				continue;
			}
			if (type.isWildcardType() || (type.getType().equals("application") && type.isWildcardSubtype())) {
				return MediaType.APPLICATION_JSON;
			}
			if (GRAPHQL_RESPONSE.equalsTypeAndSubtype(type)) {
				return GRAPHQL_RESPONSE;
			}
			if (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
				return MediaType.APPLICATION_JSON;
			}
		}
		return null;
	}

	/**
	 * The media type to write an error in when the request's own choice cannot be
	 * honoured.
	 */
	public static MediaType negotiateOrJson(@Nullable String accept) {
		MediaType type = negotiate(accept);
		return (type != null) ? type : MediaType.APPLICATION_JSON;
	}

}
