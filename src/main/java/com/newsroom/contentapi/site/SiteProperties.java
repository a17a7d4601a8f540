package com.newsroom.contentapi.site;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cacheTtl how long the settings, labels and menus read from MongoDB are kept in
 * memory on each instance (every page shows them); changes drop them at once on this
 * instance and through the change stream on others; {@code 0} turns the cache off
 */
@ConfigurationProperties("contentapi.site")
public record SiteProperties(@DefaultValue("60s") Duration cacheTtl) {
}
