package com.newsroom.contentapi.tag;

import com.newsroom.contentapi.storage.KeysetWindows;
import com.newsroom.contentapi.storage.Listing;
import org.springframework.data.domain.KeysetScrollPosition;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.newsroom.contentapi.delivery.CachedById;
import com.newsroom.contentapi.delivery.ContentChangedEvent;
import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.tag.TagInputs.CreateTagInput;
import com.newsroom.contentapi.tag.TagInputs.TagNameInput;
import com.newsroom.contentapi.tag.TagInputs.UpdateTagInput;
import com.newsroom.contentapi.text.Slugs;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Tags: reading them in a reader's locale chain, and editing them. Owns the {@code tags}
 * collection and its one index (the unique slug).
 * <p>
 * Tags by id (the tags of every listed article) are kept in memory: a site has tens or
 * hundreds of them, they change rarely, and every page of articles needs them, so the tag
 * query would otherwise be one of the three of each headlines request. A change on this
 * instance (a {@link ContentChangedEvent} with the tag's key) drops the tag at once; a
 * change by another instance reaches it through the change stream where MongoDB has one,
 * and in any case after {@code contentapi.tags.cache-ttl} (0 turns the cache off).
 * Lookups by slug and tag lists still read MongoDB.
 */
@Service
public class TagService {

	private static final KeysetWindows.SortKey<Tag> BY_SLUG = new KeysetWindows.SortKey<>("slug", Sort.Direction.ASC,
			Tag::slug, Tag::id);

	private final MongoTemplate mongo;

	private final LocaleCatalog locales;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Tags by id, for the tags of every listed article. */
	private final CachedById<Tag> byId;

	TagService(MongoTemplate mongo, LocaleCatalog locales, ApplicationEventPublisher events, Clock clock,
			TagProperties properties) {
		Duration cacheTtl = properties.cacheTtl();
		this.mongo = mongo;
		this.locales = locales;
		this.events = events;
		this.clock = clock;
		this.byId = new CachedById<>(TagCacheKeys.TAG, Tag::id, cacheTtl, clock);
		mongo.indexOps(Tag.class).createIndex(new Index("slug", Sort.Direction.ASC).unique());
	}

	public Optional<Tag> findBySlug(String slug) {
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("slug").is(Slugs.forLookup(slug))), Tag.class));
	}

	/**
	 * Tags by id, for batch loading the tags of a page of articles: from memory, and
	 * those not there in one query. Unknown ids are left out.
	 */
	public Map<String, Tag> findAllById(Collection<String> ids) {
		return this.byId.findAll(ids,
				missing -> this.mongo.find(Query.query(Criteria.where("_id").in(missing)), Tag.class));
	}

	/** Content changed here or elsewhere: drop the tags it names. */
	@EventListener
	void onContentChanged(ContentChangedEvent event) {
		this.byId.changed(event);
	}

	/**
	 * The ids of tags given by slug, in order; an unknown slug is the client's mistake.
	 */
	public List<String> idsForSlugs(List<String> slugs, String field) {
		List<String> wanted = slugs.stream().map(Slugs::forLookup).distinct().toList();
		Map<String, String> idBySlug = this.mongo.find(Query.query(Criteria.where("slug").in(wanted)), Tag.class)
			.stream()
			.collect(Collectors.toMap(Tag::slug, Tag::id));
		List<String> unknown = wanted.stream().filter(slug -> !idBySlug.containsKey(slug)).toList();
		if (!unknown.isEmpty()) {
			throw ApiException.badInput(field, "unknown tag slug(s) " + unknown);
		}
		return wanted.stream().map(idBySlug::get).toList();
	}

	public Listing<TagView> list(LocaleChain chain, KeysetScrollPosition position, int size) {
		return KeysetWindows.window(this.mongo, Tag.class, new Criteria(), BY_SLUG, position, size, fields -> {
		}).map(tag -> TagView.of(tag, chain));
	}

	public Tag create(CreateTagInput input, Caller caller) {
		String slug = validSlug(input.slug(), "input.slug");
		Tag tag = new Tag(null, slug, validNames(input.names()), this.clock.instant(), this.clock.instant(), null);
		return saveUnique(tag);
	}

	public Tag update(String id, UpdateTagInput input, Caller caller) {
		Tag current = existing(id);
		String slug = (input.slug() != null) ? validSlug(input.slug(), "input.slug") : current.slug();
		Map<String, String> names = (input.names() != null) ? validNames(input.names()) : current.names();
		return saveUnique(current.with(slug, names, this.clock.instant()));
	}

	public String delete(String id, Caller caller) {
		Tag tag = existing(id);
		this.events.publishEvent(new TagDeletedEvent(tag.id(), tag.slug(), caller));
		this.mongo.remove(tag);
		this.events.publishEvent(TagCacheKeys.changed(tag.id()));
		return tag.id();
	}

	private Tag existing(String id) {
		Tag tag = this.mongo.findById(id, Tag.class);
		if (tag == null) {
			throw ApiException.notFound("No tag with id " + id);
		}
		return tag;
	}

	private Tag saveUnique(Tag tag) {
		try {
			Tag saved = this.mongo.save(tag);
			this.events.publishEvent(TagCacheKeys.changed(saved.id()));
			return saved;
		}
		catch (DuplicateKeyException ex) {
			throw ApiException.conflict("The tag slug '" + tag.slug() + "' is already taken",
					Map.of("field", "input.slug"));
		}
		catch (OptimisticLockingFailureException ex) {
			throw ApiException.conflict("The tag was changed at the same time; retry", Map.of());
		}
	}

	private static String validSlug(String requested, String field) {
		String slug = Slugs.slugify(requested);
		if (slug.isEmpty()) {
			throw ApiException.badInput(field, "must contain letters or digits");
		}
		return slug;
	}

	private Map<String, String> validNames(List<TagNameInput> names) {
		Map<String, String> result = new LinkedHashMap<>();
		this.locales.byLocale(names, TagNameInput::locale, "input.names")
			.forEach((locale, name) -> result.put(locale, name.name().strip()));
		return result;
	}

}
