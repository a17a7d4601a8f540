package com.newsroom.contentapi.author;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cacheTtl how long an author read from MongoDB is kept in memory on each instance
 * (the bylines of every listed article): a change on this instance drops it at once, one
 * on another instance through the change stream where MongoDB has one, and in any case
 * after this time; {@code 0} turns the cache off
 */
@ConfigurationProperties("contentapi.authors")
public record AuthorProperties(@DefaultValue("60s") Duration cacheTtl) {
}
