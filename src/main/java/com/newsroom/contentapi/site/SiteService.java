package com.newsroom.contentapi.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.delivery.CacheKeyed;
import com.newsroom.contentapi.delivery.CachedById;
import com.newsroom.contentapi.delivery.ContentChangedEvent;
import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.locale.TextDirection;
import com.newsroom.contentapi.media.ImageService;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.site.SiteInputs.LabelInput;
import com.newsroom.contentapi.site.SiteInputs.SiteNameInput;
import com.newsroom.contentapi.site.SiteInputs.UpdateSiteInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The site's settings and interface labels: read from memory on every page
 * ({@link CachedById}, {@code contentapi.site.cache-ttl}), changed by admins. Every
 * change is announced for the response cache and recorded in the audit log with its old
 * and new values. Labels are found through the reader's locale chain key by key: an
 * Arabic reader of a site whose interface is French gets each French label no Arabic one
 * replaces.
 */
@Service
public class SiteService {

	private final MongoTemplate mongo;

	private final LocaleCatalog locales;

	private final ImageService images;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CachedById<SiteSettings> settings;

	private final CachedById<LabelSet> labelSets;

	private final Duration cacheTtl;

	private final AtomicLong settingsChanges = new AtomicLong();

	private volatile @Nullable Instant settingsAbsentUntil;

	SiteService(MongoTemplate mongo, LocaleCatalog locales, ImageService images, ApplicationEventPublisher events,
			Clock clock, SiteProperties properties) {
		this.mongo = mongo;
		this.locales = locales;
		this.images = images;
		this.events = events;
		this.clock = clock;
		this.settings = new CachedById<>(SiteCacheKeys.SITE, SiteSettings::id, properties.cacheTtl(), clock);
		this.labelSets = new CachedById<>(SiteCacheKeys.LABEL_SET, LabelSet::locale, properties.cacheTtl(), clock);
		this.cacheTtl = properties.cacheTtl();
	}

	/**
	 * The settings; those of a site nobody has configured are remembered as absent for
	 * the cache's time too, so that every page does not look for them again.
	 */
	public SiteSettings settings() {
		Instant absentUntil = this.settingsAbsentUntil;
		if (absentUntil != null && this.clock.instant().isBefore(absentUntil)) {
			return SiteSettings.empty();
		}
		long changesBefore = this.settingsChanges.get();
		SiteSettings found = this.settings
			.findAll(List.of(SiteSettings.ID),
					ids -> this.mongo.find(Query.query(Criteria.where("_id").in(ids)), SiteSettings.class))
			.get(SiteSettings.ID);
		if (found == null && this.settingsChanges.get() == changesBefore) {
			this.settingsAbsentUntil = this.clock.instant().plus(this.cacheTtl);
		}
		return (found != null) ? found : SiteSettings.empty();
	}

	/** A label as one reader gets it: its value and the locale it came from. */
	public record Label(String key, String value, String locale) implements CacheKeyed {

		@Override
		public String cacheKey() {
			return SiteCacheKeys.LABELS;
		}

		public TextDirection direction() {
			return TextDirection.of(this.locale);
		}

	}

	/**
	 * The labels with these keys (all that any locale of the chain has when {@code keys}
	 * is null), each from the first locale of the chain that has it; keys no locale of
	 * the chain has are left out.
	 */
	public List<Label> labels(LocaleChain chain, @Nullable List<String> keys) {
		Map<String, LabelSet> sets = this.labelSets.findAll(chain.tags(),
				ids -> this.mongo.find(Query.query(Criteria.where("_id").in(ids)), LabelSet.class));
		List<LabelSet> inChainOrder = chain.tags().stream().map(sets::get).filter(Objects::nonNull).toList();
		Set<String> wanted = (keys != null) ? new LinkedHashSet<>(keys) : new LinkedHashSet<>();
		if (keys == null) {
			inChainOrder.forEach(set -> wanted.addAll(set.labels().keySet()));
		}
		List<Label> labels = new ArrayList<>();
		for (String key : wanted) {
			for (LabelSet set : inChainOrder) {
				String value = set.labels().get(key);
				if (value != null) {
					labels.add(new Label(key, value, set.locale()));
					break;
				}
			}
		}
		return labels;
	}

	public SiteSettings update(UpdateSiteInput input, Caller caller) {
		SiteSettings current = settings();
		Map<String, String> names = current.names();
		Map<String, String> taglines = current.taglines();
		if (input.names() != null) {
			names = new LinkedHashMap<>();
			taglines = new LinkedHashMap<>();
			for (var entry : this.locales.byLocale(input.names(), SiteNameInput::locale, "input.names").entrySet()) {
				names.put(entry.getKey(), entry.getValue().name().strip());
				if (entry.getValue().tagline() != null && !entry.getValue().tagline().isBlank()) {
					taglines.put(entry.getKey(), entry.getValue().tagline().strip());
				}
			}
		}
		SiteSettings updated = new SiteSettings(SiteSettings.ID, names, taglines,
				image(input.logo(), current.logoImageId(), "input.logo"),
				image(input.socialImage(), current.socialImageId(), "input.socialImage"),
				text(input.publisherName(), current.publisherName()), text(input.email(), current.email()),
				text(input.phone(), current.phone()),
				(input.socialProfiles() != null) ? input.socialProfiles()
					.stream()
					.map(profile -> new SiteSettings.SocialProfile(profile.kind().strip(), profile.url().strip()))
					.toList() : current.socialProfiles(),
				this.clock.instant(), caller.name(), current.version());
		SiteSettings saved = save(updated);
		this.events.publishEvent(SiteCacheKeys.settingsChanged());
		this.events.publishEvent(new SiteChangedEvent("site.settings", SiteSettings.ID, changes(current, saved),
				caller.name(), this.clock.instant()));
		return saved;
	}

	/**
	 * Sets labels of one locale: the keys given get their values, an empty value removes
	 * its key, other keys stay.
	 */
	public List<Label> setLabels(String locale, List<LabelInput> inputs, Caller caller) {
		LabelSet current = this.mongo.findById(locale, LabelSet.class);
		Map<String, String> labels = new LinkedHashMap<>((current != null) ? current.labels() : Map.of());
		List<String> changes = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			LabelInput input = inputs.get(i);
			if (!seen.add(input.key())) {
				throw ApiException.badInput("labels[" + i + "].key", "'" + input.key() + "' is given twice");
			}
			String before = labels.get(input.key());
			String after = input.value().isBlank() ? null : input.value().strip();
			if (Objects.equals(before, after)) {
				continue;
			}
			if (after == null) {
				labels.remove(input.key());
			}
			else {
				labels.put(input.key(), after);
			}
			changes.add(input.key() + ": " + quoted(before) + " → " + quoted(after));
		}
		LabelSet saved = save(
				new LabelSet(locale, labels, this.clock.instant(), (current != null) ? current.version() : null));
		this.events.publishEvent(SiteCacheKeys.labelsChanged(locale));
		if (!changes.isEmpty()) {
			this.events.publishEvent(new SiteChangedEvent("site.labels", locale, String.join("; ", changes),
					caller.name(), this.clock.instant()));
		}
		return saved.labels()
			.entrySet()
			.stream()
			.filter(entry -> seen.contains(entry.getKey()))
			.map(entry -> new Label(entry.getKey(), entry.getValue(), locale))
			.toList();
	}

	private <T> T save(T document) {
		try {
			return this.mongo.save(document);
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
			throw ApiException.conflict("The site's settings were changed at the same time; retry", Map.of());
		}
	}

	private @Nullable String image(@Nullable String given, @Nullable String current, String field) {
		if (given == null) {
			return current;
		}
		return given.isBlank() ? null : this.images.requireExisting(given.strip(), field);
	}

	private static @Nullable String text(@Nullable String given, @Nullable String current) {
		if (given == null) {
			return current;
		}
		return given.isBlank() ? null : given.strip();
	}

	private static String changes(SiteSettings before, SiteSettings after) {
		List<String> changes = new ArrayList<>();
		compare(changes, "names", before.names(), after.names());
		compare(changes, "taglines", before.taglines(), after.taglines());
		compare(changes, "logo", before.logoImageId(), after.logoImageId());
		compare(changes, "socialImage", before.socialImageId(), after.socialImageId());
		compare(changes, "publisherName", before.publisherName(), after.publisherName());
		compare(changes, "email", before.email(), after.email());
		compare(changes, "phone", before.phone(), after.phone());
		compare(changes, "socialProfiles", before.socialProfiles(), after.socialProfiles());
		return changes.isEmpty() ? "no change" : String.join("; ", changes);
	}

	private static void compare(List<String> changes, String field, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(field + ": " + quoted(before) + " → " + quoted(after));
		}
	}

	private static String quoted(@Nullable Object value) {
		return (value != null) ? "'" + value + "'" : "none";
	}

	/** Content changed here or elsewhere: drop what it names. */
	@EventListener
	void onContentChanged(ContentChangedEvent event) {
		if (event.all() || event.keys().contains(SiteCacheKeys.SITE + SiteSettings.ID)) {
			this.settingsChanges.incrementAndGet();
			this.settingsAbsentUntil = null;
		}
		this.settings.changed(event);
		this.labelSets.changed(event);
	}

}
