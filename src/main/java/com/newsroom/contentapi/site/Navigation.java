package com.newsroom.contentapi.site;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.newsroom.contentapi.article.ArticleReader;
import com.newsroom.contentapi.article.ArticleView;
import com.newsroom.contentapi.delivery.CachedById;
import com.newsroom.contentapi.delivery.ContentChangedEvent;
import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.section.Section;
import com.newsroom.contentapi.section.SectionService;
import com.newsroom.contentapi.section.SectionTree;
import com.newsroom.contentapi.section.SectionView;
import com.newsroom.contentapi.site.SiteInputs.MenuItemInput;
import com.newsroom.contentapi.site.SiteInputs.MenuLabelInput;
import com.newsroom.contentapi.tag.Tag;
import com.newsroom.contentapi.tag.TagService;
import com.newsroom.contentapi.tag.TagView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Navigation menus: read from memory like the settings, replaced whole by admins. An
 * entry leads to a section or a tag (given by slug, kept by id so that renaming a slug
 * keeps the menu), an article (by id) or an address (http, https, or a path on the
 * front-end such as {@code /fr/contact}); entries nest one level.
 */
@Service
public class Navigation {

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

	private static final Pattern ADDRESS = Pattern.compile("(?i)(https?://\\S+|/(?!/)\\S*)");

	private final MongoTemplate mongo;

	private final LocaleCatalog locales;

	private final SectionService sections;

	private final TagService tags;

	private final ArticleReader articles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CachedById<Menu> menus;

	Navigation(MongoTemplate mongo, LocaleCatalog locales, SectionService sections, TagService tags,
			ArticleReader articles, ApplicationEventPublisher events, Clock clock, SiteProperties properties) {
		this.mongo = mongo;
		this.locales = locales;
		this.sections = sections;
		this.tags = tags;
		this.articles = articles;
		this.events = events;
		this.clock = clock;
		this.menus = new CachedById<>(SiteCacheKeys.MENU, Menu::name, properties.cacheTtl(), clock);
	}

	/** The entries of a menu; none for a menu nobody made. */
	public List<Menu.Item> items(String name) {
		Menu menu = this.menus
			.findAll(List.of(name), ids -> this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Menu.class))
			.get(name);
		return (menu != null) ? menu.items() : List.of();
	}

	/**
	 * A menu as one reader sees it: its sections from the tree in memory, its tags and
	 * its articles each read in one batch for the whole menu.
	 */
	public List<MenuItemView> views(String name, LocaleChain chain, Caller caller) {
		List<Menu.Item> items = items(name);
		List<Menu.Item> all = items.stream()
			.flatMap(item -> java.util.stream.Stream.concat(java.util.stream.Stream.of(item), item.children().stream()))
			.toList();
		Map<String, Tag> tags = this.tags.findAllById(targets(all, Menu.TargetKind.TAG));
		Map<String, ArticleView> articles = this.articles.byIds(targets(all, Menu.TargetKind.ARTICLE), chain, caller);
		SectionTree tree = this.sections.tree();
		return items.stream().map(item -> view(item, chain, tree, tags, articles)).toList();
	}

	private static MenuItemView view(Menu.Item item, LocaleChain chain, SectionTree tree, Map<String, Tag> tags,
			Map<String, ArticleView> articles) {
		Section section = (item.kind() == Menu.TargetKind.SECTION) ? tree.byId(item.target()) : null;
		Tag tag = (item.kind() == Menu.TargetKind.TAG) ? tags.get(item.target()) : null;
		ArticleView article = (item.kind() == Menu.TargetKind.ARTICLE) ? articles.get(item.target()) : null;
		return new MenuItemView(item, chain, (section != null) ? SectionView.of(section, chain, tree) : null,
				(tag != null) ? TagView.of(tag, chain) : null, article,
				item.children().stream().map(child -> view(child, chain, tree, tags, articles)).toList());
	}

	private static java.util.Set<String> targets(List<Menu.Item> items, Menu.TargetKind kind) {
		return items.stream()
			.filter(item -> item.kind() == kind)
			.map(Menu.Item::target)
			.collect(java.util.stream.Collectors.toSet());
	}

	/** Replaces a menu's entries (an empty list empties it). */
	public List<Menu.Item> set(String name, List<MenuItemInput> inputs, Caller caller) {
		if (!NAME.matcher(name).matches()) {
			throw ApiException.badInput("menu", "1–40 lower-case letters, digits, '-' or '_'");
		}
		List<Menu.Item> items = items(inputs, "items", true);
		Menu current = this.mongo.findById(name, Menu.class);
		try {
			this.mongo.save(new Menu(name, items, this.clock.instant(), (current != null) ? current.version() : null));
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
			throw ApiException.conflict("The menu was changed at the same time; retry", Map.of());
		}
		this.events.publishEvent(SiteCacheKeys.menuChanged(name));
		this.events.publishEvent(new SiteChangedEvent("site.navigation", name,
				((current != null) ? current.items().size() : 0) + " → " + items.size() + " entries: "
						+ items.stream().map(item -> item.labels().values().iterator().next()).toList(),
				caller.name(), this.clock.instant()));
		return items;
	}

	private List<Menu.Item> items(List<MenuItemInput> inputs, String field, boolean topLevel) {
		List<Menu.Item> items = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			MenuItemInput input = inputs.get(i);
			String itemField = field + "[" + i + "]";
			if (!topLevel && input.children() != null && !input.children().isEmpty()) {
				throw ApiException.badInput(itemField + ".children", "menus nest one level only");
			}
			Map<String, String> labels = new LinkedHashMap<>();
			this.locales.byLocale(input.labels(), MenuLabelInput::locale, itemField + ".labels")
				.forEach((locale, label) -> labels.put(locale, label.label().strip()));
			List<Menu.Item> children = (input.children() != null)
					? items(input.children(), itemField + ".children", false) : List.of();
			items.add(new Menu.Item(labels, input.kind(), target(input, itemField + ".target"), children));
		}
		return items;
	}

	/** What an entry leads to, checked and kept by id. */
	private String target(MenuItemInput input, String field) {
		String target = input.target().strip();
		return switch (input.kind()) {
			case SECTION -> this.sections.idForSlug(target, field);
			case TAG -> this.tags.idsForSlugs(List.of(target), field).get(0);
			case ARTICLE -> {
				if (!org.bson.types.ObjectId.isValid(target) || this.articles.anyById(target).isEmpty()) {
					throw ApiException.badInput(field, "no article with id '" + target + "'");
				}
				yield target;
			}
			case URL -> {
				if (!ADDRESS.matcher(target).matches()) {
					throw ApiException.badInput(field, "an http or https address, or a path starting with '/'");
				}
				yield target;
			}
		};
	}

	/** Content changed here or elsewhere: drop the menus it names. */
	@EventListener
	void onContentChanged(ContentChangedEvent event) {
		this.menus.changed(event);
	}

}
