package com.newsroom.contentapi.comment;

import java.time.Instant;
import java.util.List;

import com.newsroom.contentapi.delivery.CacheKeyed;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.jspecify.annotations.Nullable;

/**
 * A reader's comment, in its own collection (comments grow without bound, so they are not
 * embedded in the article). {@code ancestorIds} lists the thread from the top-level
 * comment down to the parent, so a subtree is one query and the depth is its size.
 * {@code replyCount} counts approved direct replies and is kept with atomic {@code $inc};
 * the rendered {@code bodyHtml} is stored at write time, with the {@code renderVersion}
 * of {@link CommentText} that made it (null on comments stored before versions were
 * recorded). {@code authorKey} is the random identity that the author's signed token
 * proves ({@link KnownAuthors}); it is never shown.
 */
@Document("comments")
public record Comment(@Id @Nullable String id, String articleId, @Nullable String parentId, List<String> ancestorIds,
		String authorName, String authorEmail, @Nullable String authorKey, @Nullable String authorUrl, String body,
		String bodyHtml, String bodyHash, String locale, @Nullable String clientIp, @Nullable String userAgent,
		CommentStatus status, int spamScore, List<String> spamSignals, int replyCount, Instant createdAt,
		@Nullable Instant moderatedAt, @Nullable String moderatedBy,
		@Nullable Integer renderVersion) implements CacheKeyed {

	@Override
	public String cacheKey() {
		return CommentCacheKeys.COMMENT + this.id;
	}

	public int depth() {
		return this.ancestorIds.size();
	}

	/**
	 * Whether a {@link CommentText} older than this version (or one that recorded none)
	 * rendered it.
	 */
	boolean renderedBefore(int version) {
		return this.renderVersion == null || this.renderVersion < version;
	}

}
