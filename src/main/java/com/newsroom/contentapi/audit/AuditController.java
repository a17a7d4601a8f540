package com.newsroom.contentapi.audit;

import com.newsroom.contentapi.graphql.Connection;
import com.newsroom.contentapi.graphql.PageRequest;
import com.newsroom.contentapi.graphql.PagingProperties;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.AdminsOnly;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class AuditController {

	private final AuditLog log;

	private final PagingProperties paging;

	AuditController(AuditLog log, PagingProperties paging) {
		this.log = log;
		this.paging = paging;
	}

	@QueryMapping
	@AdminsOnly
	Connection<AuditEntry> auditLog(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable String articleId, @ContextValue Caller caller) {
		PageRequest page = PageRequest.forward(this.paging, first, after);
		return Connection.of(this.log.entries(articleId, page.position(), page.size()), page);
	}

}
