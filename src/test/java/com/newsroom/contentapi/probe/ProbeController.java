package com.newsroom.contentapi.probe;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.newsroom.contentapi.delivery.CacheKeyed;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * A feature defined in the tests' own package: its values state their cache keys, nothing
 * in delivery names it.
 */
@Controller
public class ProbeController {

	public static final Map<String, String> VALUES = new ConcurrentHashMap<>();

	@QueryMapping
	Probe probe(@Argument String id) {
		String value = VALUES.get(id);
		return (value != null) ? new Probe(id, value) : null;
	}

	record Probe(String id, String value) implements CacheKeyed {

		@Override
		public String cacheKey() {
			return "probe:" + this.id;
		}

	}

}
