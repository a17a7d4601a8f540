package com.newsroom.contentapi.feed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param size items per feed (the latest published translations)
 * @param maxAge how long browsers, feed readers and CDNs may keep a feed
 * ({@code Cache-Control: public, max-age}); the service purges its own copy on every
 * change of what a feed shows
 */
@ConfigurationProperties("contentapi.feeds")
public record FeedProperties(@DefaultValue("50") int size, @DefaultValue("60s") Duration maxAge) {
}
