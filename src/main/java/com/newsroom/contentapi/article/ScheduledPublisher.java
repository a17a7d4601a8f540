package com.newsroom.contentapi.article;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings the stored status of scheduled articles in line once their time has come.
 * Readers do not wait for it (visibility is decided at query time); the stored schedule
 * survives restarts, and several instances running it at once are harmless (each change
 * is conditional on the version).
 */
@Component
class ScheduledPublisher {

	private static final Logger logger = LoggerFactory.getLogger(ScheduledPublisher.class);

	private final ArticlePublishing articles;

	ScheduledPublisher(ArticlePublishing articles) {
		this.articles = articles;
	}

	@Scheduled(fixedDelayString = "${contentapi.publishing.scheduler-interval:30s}",
			initialDelayString = "${contentapi.publishing.scheduler-interval:30s}")
	void publishDue() {
		int published = this.articles.publishDue();
		if (published > 0) {
			logger.info("Published {} scheduled article(s)", published);
		}
	}

}
