package com.newsroom.contentapi.author;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.author.AuthorInputs.AuthorLinkInput;
import com.newsroom.contentapi.author.AuthorInputs.AuthorProfileInput;
import com.newsroom.contentapi.author.AuthorInputs.CreateAuthorInput;
import com.newsroom.contentapi.author.AuthorInputs.UpdateAuthorInput;
import com.newsroom.contentapi.delivery.CachedById;
import com.newsroom.contentapi.delivery.ContentChangedEvent;
import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.media.ImageService;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.storage.KeysetWindows;
import com.newsroom.contentapi.storage.Listing;
import com.newsroom.contentapi.text.Slugs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Authors: reading them in a reader's locale chain, and editing them. Owns the
 * {@code authors} collection and its one index (the unique slug). Authors by id (the
 * bylines of every listed article) are kept in memory like tags ({@link CachedById},
 * {@code contentapi.authors.cache-ttl}). An author still named by an article, trashed
 * ones included, cannot be deleted ({@link AuthorReferences}).
 */
@Service
public class AuthorService {

	private static final KeysetWindows.SortKey<Author> BY_SLUG = new KeysetWindows.SortKey<>("slug", Sort.Direction.ASC,
			Author::slug, Author::id);

	private final MongoTemplate mongo;

	private final LocaleCatalog locales;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectProvider<AuthorReferences> references;

	private final CachedById<Author> byId;

	private final ImageService images;

	AuthorService(MongoTemplate mongo, LocaleCatalog locales, ApplicationEventPublisher events, Clock clock,
			AuthorProperties properties, ObjectProvider<AuthorReferences> references, ImageService images) {
		this.images = images;
		this.mongo = mongo;
		this.locales = locales;
		this.events = events;
		this.clock = clock;
		this.references = references;
		this.byId = new CachedById<>(AuthorCacheKeys.AUTHOR, Author::id, properties.cacheTtl(), clock);
		mongo.indexOps(Author.class).createIndex(new Index("slug", Sort.Direction.ASC).unique());
	}

	public Optional<Author> findBySlug(String slug) {
		return Optional.ofNullable(
				this.mongo.findOne(Query.query(Criteria.where("slug").is(Slugs.forLookup(slug))), Author.class));
	}

	/**
	 * Authors by id, for the bylines of a page of articles: from memory, and those not
	 * there in one query. Unknown ids are left out.
	 */
	public Map<String, Author> findAllById(Collection<String> ids) {
		return this.byId.findAll(ids,
				missing -> this.mongo.find(Query.query(Criteria.where("_id").in(missing)), Author.class));
	}

	/** Content changed here or elsewhere: drop the authors it names. */
	@EventListener
	void onContentChanged(ContentChangedEvent event) {
		this.byId.changed(event);
	}

	/**
	 * The ids of authors given by slug, in the order given (a byline's order); an unknown
	 * or repeated slug is the client's mistake.
	 */
	public List<String> idsForSlugs(List<String> slugs, String field) {
		List<String> wanted = slugs.stream().map(Slugs::forLookup).toList();
		if (wanted.stream().distinct().count() < wanted.size()) {
			throw ApiException.badInput(field, "an author is named twice");
		}
		Map<String, String> idBySlug = this.mongo.find(Query.query(Criteria.where("slug").in(wanted)), Author.class)
			.stream()
			.collect(Collectors.toMap(Author::slug, Author::id));
		List<String> unknown = wanted.stream().filter(slug -> !idBySlug.containsKey(slug)).toList();
		if (!unknown.isEmpty()) {
			throw ApiException.badInput(field, "unknown author slug(s) " + unknown);
		}
		return wanted.stream().map(idBySlug::get).toList();
	}

	public Listing<AuthorView> list(LocaleChain chain, KeysetScrollPosition position, int size) {
		return KeysetWindows.window(this.mongo, Author.class, new Criteria(), BY_SLUG, position, size, fields -> {
		}).map(author -> AuthorView.of(author, chain));
	}

	public Author create(CreateAuthorInput input, Caller caller) {
		Profiles profiles = profiles(input.profiles());
		Author author = new Author(null, validSlug(input.slug()), profiles.names(), profiles.titles(), profiles.bios(),
				blankToNull(input.email()), links(input.links()), photo(input.photo()), this.clock.instant(),
				this.clock.instant(), null);
		return saveUnique(author);
	}

	public Author update(String id, UpdateAuthorInput input, Caller caller) {
		Author current = existing(id);
		String slug = (input.slug() != null) ? validSlug(input.slug()) : current.slug();
		Profiles profiles = (input.profiles() != null) ? profiles(input.profiles())
				: new Profiles(current.names(), current.titles(), current.bios());
		String email = (input.email() != null) ? blankToNull(input.email()) : current.email();
		List<Author.Link> links = (input.links() != null) ? links(input.links()) : current.links();
		String photoId = (input.photo() != null) ? photo(input.photo()) : current.photoId();
		return saveUnique(current.with(slug, profiles.names(), profiles.titles(), profiles.bios(), email, links,
				photoId, this.clock.instant()));
	}

	/**
	 * Deletes an author no article names; {@code CONFLICT} with the number of articles
	 * otherwise (trashed ones included: their bylines would come back with them).
	 */
	public String delete(String id, Caller caller) {
		Author author = existing(id);
		long articles = this.references.orderedStream().mapToLong(refs -> refs.countCrediting(id)).sum();
		if (articles > 0) {
			throw ApiException.conflict(
					"The author '" + author.slug() + "' still signs " + articles
							+ ((articles == 1) ? " article" : " articles") + "; remove them from their bylines first",
					Map.of("articles", articles));
		}
		this.mongo.remove(author);
		this.events.publishEvent(AuthorCacheKeys.changed(id));
		return id;
	}

	private Author existing(String id) {
		Author author = this.mongo.findById(id, Author.class);
		if (author == null) {
			throw ApiException.notFound("No author with id " + id);
		}
		return author;
	}

	private Author saveUnique(Author author) {
		try {
			Author saved = this.mongo.save(author);
			this.events.publishEvent(AuthorCacheKeys.changed(saved.id()));
			return saved;
		}
		catch (DuplicateKeyException ex) {
			throw ApiException.conflict("The author slug '" + author.slug() + "' is already taken",
					Map.of("field", "input.slug"));
		}
		catch (OptimisticLockingFailureException ex) {
			throw ApiException.conflict("The author was changed at the same time; retry", Map.of());
		}
	}

	private static String validSlug(String requested) {
		String slug = Slugs.slugify(requested);
		if (slug.isEmpty()) {
			throw ApiException.badInput("input.slug", "must contain letters or digits");
		}
		return slug;
	}

	/** Name, job title and bio per locale; a blank title or bio is none. */
	private record Profiles(Map<String, String> names, Map<String, String> titles, Map<String, String> bios) {
	}

	private Profiles profiles(List<AuthorProfileInput> inputs) {
		Profiles profiles = new Profiles(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
		this.locales.byLocale(inputs, AuthorProfileInput::locale, "input.profiles").forEach((locale, profile) -> {
			profiles.names().put(locale, profile.name().strip());
			putIfText(profiles.titles(), locale, profile.title());
			putIfText(profiles.bios(), locale, profile.bio());
		});
		return profiles;
	}

	private static void putIfText(Map<String, String> texts, String locale, @Nullable String text) {
		if (text != null && !text.isBlank()) {
			texts.put(locale, text.strip());
		}
	}

	private static List<Author.Link> links(@Nullable List<AuthorLinkInput> inputs) {
		if (inputs == null) {
			return List.of();
		}
		return inputs.stream().map(link -> new Author.Link(link.kind().strip(), link.url().strip())).toList();
	}

	private @Nullable String photo(@Nullable String imageId) {
		String id = blankToNull(imageId);
		return (id != null) ? this.images.requireExisting(id, "input.photo") : null;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
