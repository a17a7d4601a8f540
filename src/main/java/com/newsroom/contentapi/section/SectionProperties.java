package com.newsroom.contentapi.section;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cacheTtl how long the section tree read from MongoDB is kept in memory on each
 * instance: a change on this instance drops it at once, one on another instance through
 * the change stream where MongoDB has one, and in any case after this time; {@code 0}
 * reads it for every request
 */
@ConfigurationProperties("contentapi.sections")
public record SectionProperties(@DefaultValue("60s") Duration cacheTtl) {
}
