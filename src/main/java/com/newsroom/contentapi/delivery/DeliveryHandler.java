package com.newsroom.contentapi.delivery;

import java.util.concurrent.CompletableFuture;

import graphql.language.OperationDefinition;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import com.newsroom.contentapi.graphql.GraphQlMediaTypes;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring for GraphQL's HTTP handler, finishing each executed response itself: it
 * serialises the result once, picks the status the GraphQL-over-HTTP specification gives
 * for the negotiated media type (400 for a request error under
 * {@code application/graphql-response+json}, 405 for a mutation sent with GET), hands a
 * public response to the {@link ResponseCache} (and to the requests following its flight)
 * and writes it with {@link ResponseWriter}, so that a miss and a later hit are byte for
 * byte the same response.
 */
class DeliveryHandler extends GraphQlHttpHandler {

	private final WebGraphQlHandler graphQlHandler;

	private final JsonMapper json;

	private final ResponseCache cache;

	private final ResponseWriter writer;

	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	DeliveryHandler(WebGraphQlHandler handler, JsonMapper json, ResponseCache cache, ResponseWriter writer) {
		super(handler);
		this.graphQlHandler = handler;
		this.json = json;
		this.cache = cache;
		this.writer = writer;
	}

	/**
	 * Executes the request {@link GraphQlHttpFilter} read and checked, as Spring for
	 * GraphQL's handler would have executed the same request from its body (which is not
	 * read and parsed a second time). The API sets no cookies, so none are passed on.
	 */
	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		Exchange exchange = (Exchange) request.attribute(Exchange.ATTRIBUTE).orElse(null);
		if (exchange == null) {
			return super.handleRequest(request);
		}
		WebGraphQlRequest graphQl = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), request.attributes(),
				exchange.request().toGraphQlRequest(this.json), this.ids.generateId().toString(),
				LocaleContextHolder.getLocale());
		return prepareResponse(request, this.graphQlHandler.handleRequest(graphQl));
	}

	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
		Exchange exchange = (Exchange) request.attribute(Exchange.ATTRIBUTE).orElse(null);
		if (exchange == null) {
			return super.prepareResponse(request, responseMono);
		}
		CompletableFuture<ServerResponse> response = responseMono
			.map(graphQl -> ServerResponse.ok().build((servletRequest, servletResponse) -> {
				write(servletRequest, servletResponse, exchange, graphQl);
				return null;
			}))
			.doOnError(ex -> land(exchange, null))
			.toFuture();
		return ServerResponse.async(response);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, Exchange exchange,
			WebGraphQlResponse graphQl) throws java.io.IOException {
		ExecutionRecorder.Outcome outcome = ExecutionRecorder.outcome(graphQl.getExecutionInput().getGraphQLContext());
		byte[] body = this.json.writeValueAsBytes(graphQl.toMap());
		String contentType = exchange.mediaType().toString();
		graphQl.getResponseHeaders()
			.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		boolean requestError = !graphQl.getExecutionResult().isDataPresent();
		if (outcome.refusedGet()) {
			land(exchange, null);
			response.setHeader(HttpHeaders.ALLOW, "POST");
			this.writer.writePrivate(response, HttpStatus.METHOD_NOT_ALLOWED, body, contentType);
			return;
		}
		boolean publicResponse = exchange.anonymous() && outcome.operation() == OperationDefinition.Operation.QUERY
				&& graphQl.getExecutionResult().getErrors().isEmpty() && !outcome.noStore();
		if (!publicResponse) {
			land(exchange, null);
			HttpStatus status = (requestError && GraphQlMediaTypes.GRAPHQL_RESPONSE.equals(exchange.mediaType()))
					? requestErrorStatus(graphQl) : HttpStatus.OK;
			this.writer.writePrivate(response, status, body, contentType);
			return;
		}
		ResponseCache.CachedResponse cached = new ResponseCache.CachedResponse(body, contentType,
				ResponseWriter.etag(body), outcome.surrogateKeys());
		land(exchange, cached);
		this.writer.writePublic(request, response, cached, "MISS");
	}

	/** 403 for a refused document (the allow-list), 400 for any other request error. */
	private static HttpStatus requestErrorStatus(WebGraphQlResponse graphQl) {
		boolean forbidden = graphQl.getExecutionResult()
			.getErrors()
			.stream()
			.anyMatch(error -> error.getExtensions() != null && "FORBIDDEN".equals(error.getExtensions().get("code")));
		return forbidden ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
	}

	private void land(Exchange exchange, ResponseCache.CachedResponse response) {
		if (exchange.ticket() != null) {
			this.cache.land(exchange.ticket(), response);
		}
	}

}
