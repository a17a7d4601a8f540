package com.newsroom.contentapi.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Page sizes of every list: {@code first}/{@code last} default to {@code defaultSize};
 * asking for more than {@code maxSize} is an error rather than a silent cut, so clients
 * notice.
 */
@ConfigurationProperties("contentapi.paging")
public record PagingProperties(@DefaultValue("20") int defaultSize, @DefaultValue("100") int maxSize) {
}
