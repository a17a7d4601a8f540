package com.newsroom.contentapi.tag;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cacheTtl how long a tag read from MongoDB is kept in memory on each instance
 * (its names serve every headline): a change on this instance drops it at once, one on
 * another instance through the change stream where MongoDB has one, and in any case after
 * this time; {@code 0} turns the cache off
 */
@ConfigurationProperties("contentapi.tags")
public record TagProperties(@DefaultValue("60s") Duration cacheTtl) {
}
