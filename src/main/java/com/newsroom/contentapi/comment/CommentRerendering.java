package com.newsroom.contentapi.comment;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings comments rendered by an older {@link CommentText} up to date, so that what was
 * stored before a fix (HTML with links of any scheme and no allow-list, names with
 * directional overrides) is not served for ever: it rewrites the body, its HTML and the
 * author's name. It runs once when the service is ready, in batches in {@code _id} order,
 * and changes a comment only while its stored {@code renderVersion} is still older:
 * running it again, or on two instances starting together, rewrites nothing twice. Until
 * a comment is rewritten (for instance one stored by an instance of the older version
 * during a rolling upgrade), readers get those fields cleaned again on read
 * ({@link CommentController#bodyHtml} and its neighbours).
 */
@Component
class CommentRerendering {

	static final int BATCH_SIZE = 200;

	private static final Logger logger = LoggerFactory.getLogger(CommentRerendering.class);

	private final CommentStore store;

	CommentRerendering(CommentStore store) {
		this.store = store;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		try {
			int rewritten = rerenderOutdated();
			if (rewritten > 0) {
				logger.info("Re-rendered {} comments to rendering version {}", rewritten, CommentText.RENDER_VERSION);
			}
		}
		catch (RuntimeException ex) {
			// readers still get safe HTML (rendered on read); the next start tries again
			logger.warn("Re-rendering comments failed; will retry at the next start", ex);
		}
	}

	/** Re-renders every outdated comment and returns how many this call rewrote. */
	int rerenderOutdated() {
		int rewritten = 0;
		String after = null;
		while (true) {
			List<Comment> batch = this.store.renderedBefore(CommentText.RENDER_VERSION, after, BATCH_SIZE);
			for (Comment comment : batch) {
				if (this.store.updateRendering(comment.id(), CommentText.body(comment.body()),
						CommentText.toHtml(comment.body()), CommentText.authorName(comment.authorName()),
						CommentText.RENDER_VERSION)) {
					rewritten++;
				}
			}
			if (batch.size() < BATCH_SIZE) {
				return rewritten;
			}
			after = batch.get(batch.size() - 1).id();
		}
	}

}
