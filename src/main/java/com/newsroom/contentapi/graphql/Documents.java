package com.newsroom.contentapi.graphql;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.parser.ParserOptions;

import com.newsroom.contentapi.text.Digests;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one source of parsed and validated documents, and the one place where automatic
 * persisted queries and the {@code persisted-only} allow-list are decided:
 * <ul>
 * <li>a document is parsed and validated once and kept in a cache bounded by the
 * characters of the texts it holds ({@code contentapi.graphql.document-cache-max-chars});
 * a document that fails to parse or validate is never kept, so distinct invalid texts
 * cost nothing after their request;</li>
 * <li>{@code extensions.persistedQuery} (Apollo protocol, version 1): a known hash runs
 * its text; an unknown one is {@code PERSISTED_QUERY_NOT_FOUND} (message
 * {@code PersistedQueryNotFound}); a hash sent with its text is checked
 * ({@code BAD_USER_INPUT} on a mismatch) and registered only once the text has parsed and
 * validated, durably for a caller with a token ({@link #TRUSTED_CALLER}), in memory for
 * anyone else;</li>
 * <li>with {@code persisted-only}, a caller without a token may only run registered texts
 * and may register none: anything else is {@code FORBIDDEN}.</li>
 * </ul>
 * The parser's own limits are lowered to what front-end documents need
 * ({@code contentapi.graphql.max-tokens}).
 */
@Component
public class Documents implements PreparsedDocumentProvider {

	/**
	 * Key of a {@code Boolean} in the GraphQL context: the caller presented a valid API
	 * token.
	 */
	public static final String TRUSTED_CALLER = "contentapi.trustedCaller";

	/**
	 * Key of a {@code Boolean} in the GraphQL context: the document executed was
	 * registered by a trusted caller (its operation names are a bounded set that
	 * operators chose, fit for metric tags).
	 */
	public static final String REGISTERED_DOCUMENT = "contentapi.registeredDocument";

	private final Cache<String, PreparsedDocumentEntry> documents;

	private final PersistedQueries persisted;

	private final boolean persistedOnly;

	Documents(GraphQlProperties properties, PersistedQueries persisted) {
		this.persisted = persisted;
		this.persistedOnly = properties.persistedOnly();
		this.documents = Caffeine.newBuilder()
			.maximumWeight(properties.documentCacheMaxChars())
			.weigher((String query, PreparsedDocumentEntry entry) -> query.length())
			.build();
		ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
			.transform(
					options -> options.maxTokens(properties.maxTokens()).maxCharacters(properties.maxQueryLength())));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		return CompletableFuture.completedFuture(document(input, parseAndValidate));
	}

	private PreparsedDocumentEntry document(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		boolean trusted = Boolean.TRUE.equals(input.getGraphQLContext().get(TRUSTED_CALLER));
		String query = input.getQuery();
		boolean textSent = query != null && !query.isBlank()
				&& !PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(query);
		Object persistedQuery = (input.getExtensions() != null) ? input.getExtensions().get("persistedQuery") : null;
		if (persistedQuery == null) {
			if (!textSent) {
				return error(ErrorCode.BAD_USER_INPUT, "The request has no query");
			}
			String hash = Digests.sha256Hex(query);
			PersistedQueries.Registered registered = (this.persistedOnly && !trusted)
					? this.persisted.find(hash).orElse(null) : this.persisted.cached(hash);
			if (this.persistedOnly && !trusted && registered == null) {
				return error(ErrorCode.FORBIDDEN,
						"Only registered queries may be run without an API token; send a registered persisted query");
			}
			markRegistered(input, registered);
			return parsed(input, query, parseAndValidate);
		}
		String hash = hashOf(persistedQuery);
		if (hash == null) {
			return error(ErrorCode.BAD_USER_INPUT,
					"extensions.persistedQuery needs version 1 and a lower-case hex sha256Hash");
		}
		PersistedQueries.Registered known = this.persisted.find(hash).orElse(null);
		markRegistered(input, known);
		if (!textSent) {
			if (known == null) {
				return error(ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
			}
			return parsed(input.transform(builder -> builder.query(known.query())), known.query(), parseAndValidate);
		}
		if (!Digests.sha256Hex(query).equals(hash)) {
			return error(ErrorCode.BAD_USER_INPUT, "provided sha256Hash does not match the query text");
		}
		if (known == null && this.persistedOnly && !trusted) {
			return error(ErrorCode.FORBIDDEN,
					"Only registered queries may be run without an API token; an editor must register this one");
		}
		PreparsedDocumentEntry entry = parsed(input, query, parseAndValidate);
		if (known == null && !entry.hasErrors()) {
			this.persisted.register(hash, query, trusted);
			input.getGraphQLContext().put(REGISTERED_DOCUMENT, trusted);
		}
		return entry;
	}

	private PreparsedDocumentEntry parsed(ExecutionInput input, String query,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry cached = this.documents.getIfPresent(query);
		if (cached != null) {
			return cached;
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			this.documents.put(query, entry);
		}
		return entry;
	}

	private static void markRegistered(ExecutionInput input, PersistedQueries.@Nullable Registered registered) {
		if (registered != null && registered.durable()) {
			input.getGraphQLContext().put(REGISTERED_DOCUMENT, true);
		}
	}

	/** Characters of query text whose documents are kept (for tests and operators). */
	long cachedChars() {
		this.documents.cleanUp();
		return this.documents.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0L)).orElse(0L);
	}

	long cachedDocuments() {
		this.documents.cleanUp();
		return this.documents.estimatedSize();
	}

	@Nullable private static String hashOf(Object persistedQuery) {
		if (!(persistedQuery instanceof Map<?, ?> map) || !(map.get("sha256Hash") instanceof String hash)
				|| !(map.get("version") instanceof Number version) || version.intValue() != 1
				|| !hash.matches("[0-9a-f]{64}")) {
			return null;
		}
		return hash;
	}

	private static PreparsedDocumentEntry error(ErrorCode code, String message) {
		return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(ApiExceptionResolver.classification(code))
			.extensions(Map.of("code", code.name()))
			.build());
	}

}
