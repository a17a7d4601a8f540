package com.newsroom.contentapi.author;

/**
 * What refers to authors, implemented by the features that do (articles), so that an
 * author who still signs content is not deleted without the author package depending on
 * those features.
 */
public interface AuthorReferences {

	/** How many documents of this feature name the author, whatever their status. */
	long countCrediting(String authorId);

}
