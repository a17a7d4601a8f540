package com.newsroom.contentapi.section;

/**
 * What refers to sections, implemented by the features that do (articles), so that a
 * section that still holds content is not deleted without the section package depending
 * on those features.
 */
public interface SectionReferences {

	/** How many documents of this feature are in the section, whatever their status. */
	long countInSection(String sectionId);

}
