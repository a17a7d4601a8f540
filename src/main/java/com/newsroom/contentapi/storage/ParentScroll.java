package com.newsroom.contentapi.storage;

import org.springframework.data.domain.KeysetScrollPosition;

/**
 * Where one parent's list is read from (the comments of an article, the articles of a
 * tag): the parent, the position in its list and how many items to read.
 */
public record ParentScroll(String parentId, KeysetScrollPosition position, int size) {

}
