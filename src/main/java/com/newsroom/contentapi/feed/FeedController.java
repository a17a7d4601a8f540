package com.newsroom.contentapi.feed;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.newsroom.contentapi.feed.Feeds.Feed;
import com.newsroom.contentapi.feed.Feeds.FeedFormat;
import com.newsroom.contentapi.feed.Feeds.FeedRequest;
import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.ErrorCode;
import com.newsroom.contentapi.graphql.HttpErrors;
import com.newsroom.contentapi.locale.LocaleCatalog;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The feeds, to anyone: {@code /feeds/{locale}.rss} or {@code .atom} (the whole site),
 * {@code /feeds/{locale}/section/{slug}.rss} (a section and its subsections),
 * {@code /feeds/{locale}/tag/{slug}.rss}; {@code ?full=true} adds each article's HTML
 * body. Answers carry a strong ETag, {@code Last-Modified} (304 to a client that has the
 * feed), {@code Cache-Control: public, max-age} and the {@code Surrogate-Key}s of what
 * they show, so a CDN purge of an article covers them. An unknown locale, section, tag or
 * format is 404.
 */
@RestController
class FeedController {

	private final Feeds feeds;

	private final LocaleCatalog locales;

	private final FeedProperties properties;

	private final HttpErrors errors;

	FeedController(Feeds feeds, LocaleCatalog locales, FeedProperties properties, HttpErrors errors) {
		this.feeds = feeds;
		this.locales = locales;
		this.properties = properties;
		this.errors = errors;
	}

	@GetMapping("/feeds/{locale}.{format}")
	ResponseEntity<byte[]> site(@PathVariable String locale, @PathVariable String format,
			@RequestParam(defaultValue = "false") boolean full, WebRequest request) {
		return answer(new FeedRequest(locale(locale), format(format), null, null, full), request);
	}

	@GetMapping("/feeds/{locale}/section/{slug}.{format}")
	ResponseEntity<byte[]> section(@PathVariable String locale, @PathVariable String slug, @PathVariable String format,
			@RequestParam(defaultValue = "false") boolean full, WebRequest request) {
		return answer(new FeedRequest(locale(locale), format(format), slug, null, full), request);
	}

	@GetMapping("/feeds/{locale}/tag/{slug}.{format}")
	ResponseEntity<byte[]> tag(@PathVariable String locale, @PathVariable String slug, @PathVariable String format,
			@RequestParam(defaultValue = "false") boolean full, WebRequest request) {
		return answer(new FeedRequest(locale(locale), format(format), null, slug, full), request);
	}

	private ResponseEntity<byte[]> answer(FeedRequest feedRequest, WebRequest request) {
		Feed feed = this.feeds.feed(feedRequest);
		if (feed == null) {
			throw ApiException.notFound("No such section or tag");
		}
		CacheControl cacheControl = CacheControl.maxAge(this.properties.maxAge()).cachePublic();
		long lastModified = (feed.lastModified() != null) ? feed.lastModified().toEpochMilli() : -1;
		if (request.checkNotModified(feed.etag(), lastModified)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(feed.etag()).cacheControl(cacheControl).build();
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.eTag(feed.etag())
			.cacheControl(cacheControl)
			.contentType(new MediaType(MediaType.parseMediaType(feedRequest.format().mediaType),
					java.nio.charset.StandardCharsets.UTF_8))
			.header("Surrogate-Key", String.join(" ", feed.surrogateKeys()));
		if (lastModified >= 0) {
			answer.lastModified(lastModified);
		}
		return answer.body(feed.bytes());
	}

	private String locale(String tag) {
		String locale = Locale.forLanguageTag(tag).toLanguageTag();
		if (!this.locales.isSupported(locale)) {
			throw ApiException.notFound("No feed in locale '" + tag + "'");
		}
		return locale;
	}

	private static FeedFormat format(String extension) {
		return switch (extension) {
			case "rss" -> FeedFormat.RSS;
			case "atom" -> FeedFormat.ATOM;
			default -> throw ApiException.notFound("Feeds are .rss or .atom");
		};
	}

	@ExceptionHandler(ApiException.class)
	void refused(ApiException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.errors.write(request, response,
				(ex.code() == ErrorCode.NOT_FOUND) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, ex.code(),
				ex.getMessage(), ex.extensions());
	}

}
