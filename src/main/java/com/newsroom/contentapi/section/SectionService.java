package com.newsroom.contentapi.section;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.delivery.ContentChangedEvent;
import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.section.SectionInputs.CreateSectionInput;
import com.newsroom.contentapi.section.SectionInputs.SectionNameInput;
import com.newsroom.contentapi.section.SectionInputs.UpdateSectionInput;
import com.newsroom.contentapi.text.Slugs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Service;

/**
 * Sections: the tree every read uses, and editing it. Owns the {@code sections}
 * collection and its one index (the unique slug).
 * <p>
 * The whole tree is read in one query and kept in memory
 * ({@code contentapi.sections.cache-ttl}), dropped at once by a change on this instance
 * and through the change stream for another's. Editors keep it a tree: a section cannot
 * move under itself or under one of its subsections, and a section that still holds
 * articles (trashed ones included) or subsections is not deleted.
 */
@Service
public class SectionService {

	private static final String TREE = "tree";

	private final MongoTemplate mongo;

	private final LocaleCatalog locales;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectProvider<SectionReferences> references;

	private final Cache<String, SectionTree> tree;

	/**
	 * Counts section changes seen on this instance: a tree read while one came in is not
	 * kept.
	 */
	private final AtomicLong changes = new AtomicLong();

	SectionService(MongoTemplate mongo, LocaleCatalog locales, ApplicationEventPublisher events, Clock clock,
			SectionProperties properties, ObjectProvider<SectionReferences> references) {
		this.mongo = mongo;
		this.locales = locales;
		this.events = events;
		this.clock = clock;
		this.references = references;
		this.tree = Caffeine.newBuilder()
			.maximumSize(properties.cacheTtl().isZero() ? 0 : 1)
			.expireAfterWrite(properties.cacheTtl())
			.ticker(() -> clock.millis() * 1_000_000)
			.build();
		mongo.indexOps(Section.class).createIndex(new Index("slug", Sort.Direction.ASC).unique());
	}

	/** All sections as a tree, from memory or in one query. */
	public SectionTree tree() {
		SectionTree cached = this.tree.getIfPresent(TREE);
		if (cached != null) {
			return cached;
		}
		long changesBefore = this.changes.get();
		SectionTree loaded = new SectionTree(this.mongo.findAll(Section.class));
		if (this.changes.get() == changesBefore) {
			this.tree.put(TREE, loaded);
		}
		return loaded;
	}

	/** Content changed here or elsewhere: a section change drops the tree. */
	@EventListener
	void onContentChanged(ContentChangedEvent event) {
		if (event.all() || event.keys().stream().anyMatch(key -> key.startsWith(SectionCacheKeys.SECTION))) {
			this.changes.incrementAndGet();
			this.tree.invalidateAll();
		}
	}

	public Optional<Section> findBySlug(String slug) {
		return Optional.ofNullable(tree().bySlug(slug));
	}

	/** The id of a section given by slug; an unknown slug is the client's mistake. */
	public String idForSlug(String slug, String field) {
		return findBySlug(slug).map(Section::id)
			.orElseThrow(() -> ApiException.badInput(field, "unknown section slug '" + slug + "'"));
	}

	public Section create(CreateSectionInput input, Caller caller) {
		SectionTree tree = tree();
		String parentId = parentId(input.parent(), tree);
		int position = (input.position() != null) ? input.position() : tree.children(parentId).size();
		Section section = new Section(null, validSlug(input.slug()), names(input.names()), descriptions(input.names()),
				parentId, position, this.clock.instant(), this.clock.instant(), null);
		return saveUnique(section);
	}

	public Section update(String id, UpdateSectionInput input, Caller caller) {
		SectionTree tree = tree();
		Section current = existing(id);
		String slug = (input.slug() != null) ? validSlug(input.slug()) : current.slug();
		Map<String, String> names = (input.names() != null) ? names(input.names()) : current.names();
		Map<String, String> descriptions = (input.names() != null) ? descriptions(input.names())
				: current.descriptions();
		String parentId = current.parentId();
		if (input.parent() != null) {
			parentId = parentId(input.parent(), tree);
			if (parentId != null && tree.isWithin(parentId, id)) {
				throw ApiException.badInput("input.parent",
						"a section cannot move under itself or one of its subsections");
			}
		}
		boolean moved = !java.util.Objects.equals(parentId, current.parentId());
		// a section moved without a position goes after its new siblings
		int position = (input.position() != null) ? input.position()
				: moved ? tree.children(parentId).size() : current.position();
		return saveUnique(current.with(slug, names, descriptions, parentId, position, this.clock.instant()));
	}

	/**
	 * Deletes a section that holds no article and no subsection; {@code CONFLICT} saying
	 * how many otherwise.
	 */
	public String delete(String id, Caller caller) {
		Section section = existing(id);
		int subsections = tree().children(id).size();
		if (subsections > 0) {
			throw ApiException.conflict("The section '" + section.slug() + "' has " + subsections
					+ " subsection(s); move or delete them first", Map.of("subsections", subsections));
		}
		long articles = this.references.orderedStream().mapToLong(refs -> refs.countInSection(id)).sum();
		if (articles > 0) {
			throw ApiException.conflict(
					"The section '" + section.slug() + "' still holds " + articles
							+ ((articles == 1) ? " article" : " articles") + "; move them to another section first",
					Map.of("articles", articles));
		}
		this.mongo.remove(section);
		this.events.publishEvent(SectionCacheKeys.changed(id));
		return id;
	}

	private Section existing(String id) {
		Section section = this.mongo.findById(id, Section.class);
		if (section == null) {
			throw ApiException.notFound("No section with id " + id);
		}
		return section;
	}

	private @Nullable String parentId(@Nullable String parentSlug, SectionTree tree) {
		if (parentSlug == null || parentSlug.isBlank()) {
			return null;
		}
		Section parent = tree.bySlug(parentSlug);
		if (parent == null) {
			throw ApiException.badInput("input.parent", "unknown section slug '" + parentSlug + "'");
		}
		return parent.id();
	}

	private Section saveUnique(Section section) {
		try {
			Section saved = this.mongo.save(section);
			this.events.publishEvent(SectionCacheKeys.changed(saved.id()));
			return saved;
		}
		catch (DuplicateKeyException ex) {
			throw ApiException.conflict("The section slug '" + section.slug() + "' is already taken",
					Map.of("field", "input.slug"));
		}
		catch (OptimisticLockingFailureException ex) {
			throw ApiException.conflict("The section was changed at the same time; retry", Map.of());
		}
	}

	private static String validSlug(String requested) {
		String slug = Slugs.slugify(requested);
		if (slug.isEmpty()) {
			throw ApiException.badInput("input.slug", "must contain letters or digits");
		}
		return slug;
	}

	private Map<String, String> names(List<SectionNameInput> inputs) {
		Map<String, String> names = new LinkedHashMap<>();
		this.locales.byLocale(inputs, SectionNameInput::locale, "input.names")
			.forEach((locale, input) -> names.put(locale, input.name().strip()));
		return names;
	}

	private Map<String, String> descriptions(List<SectionNameInput> inputs) {
		Map<String, String> descriptions = new LinkedHashMap<>();
		this.locales.byLocale(inputs, SectionNameInput::locale, "input.names").forEach((locale, input) -> {
			if (input.description() != null && !input.description().isBlank()) {
				descriptions.put(locale, input.description().strip());
			}
		});
		return descriptions;
	}

}
