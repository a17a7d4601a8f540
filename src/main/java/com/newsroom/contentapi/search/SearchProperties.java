package com.newsroom.contentapi.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param indexPath folder of the Lucene search index, or {@code memory} (tests); empty
 * means next to the embedded store's file ({@code search-index} in its folder), or in
 * memory when the embedded store is in memory
 * @param commitInterval how often index changes are committed to the folder (they are
 * searchable at once; after a crash, the changes since the last commit are redone from
 * MongoDB at the next start)
 */
@ConfigurationProperties("contentapi.search")
public record SearchProperties(@DefaultValue("") String indexPath, @DefaultValue("5s") Duration commitInterval) {

}
