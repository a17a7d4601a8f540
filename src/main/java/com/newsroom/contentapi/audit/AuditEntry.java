package com.newsroom.contentapi.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.jspecify.annotations.Nullable;

/** One line of the audit log: who did what to which thing, and when. */
@Document("audit_log")
public record AuditEntry(@Id @Nullable String id, Instant at, @Nullable String actor, String action, String targetType,
		String targetId, @Nullable String articleId, String summary) {
}
