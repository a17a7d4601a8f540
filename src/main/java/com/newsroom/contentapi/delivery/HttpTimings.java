package com.newsroom.contentapi.delivery;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Times every {@code /graphql} HTTP request with one plain timer per outcome
 * ({@code graphql.http.requests}, tagged {@code cache} = {@code HIT}, {@code MISS},
 * {@code BYPASS} or {@code NONE} for responses that are not publicly cacheable, and
 * {@code status}), exported at {@code /actuator/prometheus} with the GraphQL execution
 * timings per operation.
 * <p>
 * It replaces Spring's generic HTTP server observation for this one path, which it
 * switches off (as an {@link ObservationPredicate}): that observation builds and sorts
 * its key values, and starts a long-task timer, on every request, which measured about a
 * quarter of the time of a response served from the cache. Other paths keep
 * {@code http.server.requests}.
 */
@Component
class HttpTimings implements ObservationPredicate {

	private static final String START = HttpTimings.class.getName() + ".start";

	private final MeterRegistry registry;

	private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();

	HttpTimings(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public boolean test(String name, Observation.Context context) {
		return !(context instanceof ServerRequestObservationContext request
				&& GraphQlHttpFilter.isGraphQlPath(request.getCarrier()));
	}

	/**
	 * When the request began: now on its first dispatch, remembered across an
	 * asynchronous one.
	 */
	long start(HttpServletRequest request) {
		Object started = request.getAttribute(START);
		if (started instanceof Long nanos) {
			return nanos;
		}
		long now = System.nanoTime();
		request.setAttribute(START, now);
		return now;
	}

	void record(long start, HttpServletResponse response) {
		String cache = response.getHeader("X-Cache");
		String outcome = ((cache != null) ? cache : "NONE") + " " + response.getStatus();
		this.timers
			.computeIfAbsent(outcome,
					key -> Timer.builder("graphql.http.requests")
						.description("GraphQL HTTP requests, by server-cache outcome and status")
						.tag("cache", key.substring(0, key.indexOf(' ')))
						.tag("status", key.substring(key.indexOf(' ') + 1))
						.register(this.registry))
			.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
	}

}
