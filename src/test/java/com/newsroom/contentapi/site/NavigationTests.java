package com.newsroom.contentapi.site;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Navigation menus over HTTP: entries leading to a section, a tag, an article or an
 * address, nested one level, labels through the reader's chain, targets checked, the
 * targets of a whole menu read in one batch per kind, admins only.
 */
class NavigationTests extends IntegrationTest {

	private static final String SET = """
			mutation($menu: String!, $items: [MenuItemInput!]!) { setNavigation(menu: $menu, items: $items) { label } }""";

	private static final String READ = """
			query($l: Locale) { navigation(menu: "main", locale: $l) { label locale direction kind url
			  section { slug name } tag { slug name } article { title } children { label url } } }""";

	@BeforeEach
	void removeTheMenus() {
		this.mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "site_menus");
		this.events.publishEvent(com.newsroom.contentapi.delivery.ContentChangedEvent.everything());
	}

	private static Map<String, Object> item(String kind, String target, String fr, String ar, Object... children) {
		return Map.of("kind", kind, "target", target, "labels",
				List.of(Map.of("locale", "fr", "label", fr), Map.of("locale", "ar", "label", ar)), "children",
				List.of(children));
	}

	@Test
	void aMenuLeadsToSectionsTagsArticlesAndAddressesInTheReadersLocale() {
		createSection("politique", "سياسة", "Politique");
		createTag("maroc", "المغرب", "Maroc", "Morocco");
		String article = createPublishedArticle(List.of(translation("fr", "Qui sommes-nous", "Texte")), List.of());
		this.admin.document(SET)
			.variable("menu", "main")
			.variable("items",
					List.of(item("SECTION", "Politique", "Politique", "سياسة",
							item("URL", "/fr/politique/archives", "Archives", "الأرشيف")),
							item("TAG", "maroc", "Maroc", "المغرب"), item("ARTICLE", article, "À propos", "من نحن"),
							item("URL", "https://www.example.ma/contact", "Contact", "اتصل بنا")))
			.execute()
			.path("setNavigation[*].label")
			.entityList(String.class)
			.hasSize(4);

		this.commands.reset();
		GraphQlTester.Response arabic = this.anonymous.document(READ).variable("l", "ar").execute();
		arabic.path("navigation[*].label")
			.entityList(String.class)
			.containsExactly("سياسة", "المغرب", "من نحن", "اتصل بنا");
		arabic.path("navigation[0].direction").entity(String.class).isEqualTo("RTL");
		arabic.path("navigation[0].section.slug").entity(String.class).isEqualTo("politique");
		arabic.path("navigation[0].children[0].label").entity(String.class).isEqualTo("الأرشيف");
		arabic.path("navigation[0].children[0].url").entity(String.class).isEqualTo("/fr/politique/archives");
		arabic.path("navigation[1].tag.name").entity(String.class).isEqualTo("المغرب");
		arabic.path("navigation[2].article.title").entity(String.class).isEqualTo("Qui sommes-nous");
		arabic.path("navigation[3].url").entity(String.class).isEqualTo("https://www.example.ma/contact");
		assertThat(this.commands.recent())
			.extracting(
					command -> command.getFirstKey() + " " + command.get(command.getFirstKey()).asString().getValue())
			.as("its articles in one query (the menu, its sections and tags are in memory)")
			.containsExactly("find articles");

		this.anonymous.document("{ navigation(menu: \"footer\") { label } }")
			.execute()
			.path("navigation")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void entriesAreCheckedAndNestOneLevel() {
		this.admin.document(SET)
			.variable("menu", "main")
			.variable("items",
					List.of(item("URL", "/a", "A", "أ", item("URL", "/b", "B", "ب", item("URL", "/c", "C", "ج")))))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> error.getMessage().contains("one level")));
		this.admin.document(SET)
			.variable("menu", "main")
			.variable("items", List.of(item("URL", "javascript:alert(1)", "X", "X")))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT"));
		this.admin.document(SET)
			.variable("menu", "main")
			.variable("items", List.of(item("SECTION", "nowhere", "X", "X")))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT"));
		this.admin.document(SET)
			.variable("menu", "Main Menu")
			.variable("items", List.of())
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT"));
		this.editor.document(SET)
			.variable("menu", "main")
			.variable("items", List.of(item("URL", "/a", "A", "أ")))
			.execute()
			.errors()
			.satisfy(hasError("FORBIDDEN"));
		this.anonymous.document("{ navigation(menu: \"main\") { label } }")
			.execute()
			.path("navigation")
			.entityList(Object.class)
			.hasSize(0);
	}

}
