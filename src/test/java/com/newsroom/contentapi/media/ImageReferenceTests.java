package com.newsroom.contentapi.media;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Images where readers meet them, over HTTP: texts per locale through the reader's chain,
 * an article's featured image, an author's photo, images in a body; the roles of
 * {@code updateImage}; featured images batched for a page of headlines.
 */
class ImageReferenceTests extends ImageTestSupport {

	private static final String UPDATE = "mutation($id: ID!, $input: UpdateImageInput!) { updateImage(id: $id, input: $input) { id } }";

	private String photoWithTexts() {
		String id = uploaded(TestImages.jpeg(1200, 800));
		this.editor.document(UPDATE)
			.variable("id", id)
			.variable("input",
					Map.of("texts",
							List.of(Map.of("locale", "ar", "alt", "ساحة جامع الفنا ليلاً"),
									Map.of("locale", "fr", "alt", "La place Jemaa el-Fna la nuit", "caption",
											"La place au coucher du soleil", "credit", "Photo : Salma Bennani"))))
			.execute()
			.path("updateImage.id")
			.entity(String.class)
			.isEqualTo(id);
		return id;
	}

	@Test
	void altCaptionAndCreditFollowTheReadersChainEachOnItsOwn() {
		String id = photoWithTexts();
		String query = "query($id: ID!, $l: Locale) { image(id: $id, locale: $l) { alt caption credit locale direction } }";
		GraphQlTester.Response arabic = this.anonymous.document(query)
			.variable("id", id)
			.variable("l", "ar-MA")
			.execute();
		arabic.path("image.alt").entity(String.class).isEqualTo("ساحة جامع الفنا ليلاً");
		arabic.path("image.direction").entity(String.class).isEqualTo("RTL");
		// no Arabic caption or credit: the French ones, next in the chain
		arabic.path("image.caption").entity(String.class).isEqualTo("La place au coucher du soleil");
		arabic.path("image.credit").entity(String.class).isEqualTo("Photo : Salma Bennani");
		GraphQlTester.Response french = this.anonymous.document(query).variable("id", id).variable("l", "fr").execute();
		french.path("image.alt").entity(String.class).isEqualTo("La place Jemaa el-Fna la nuit");
		french.path("image.locale").entity(String.class).isEqualTo("fr");
		this.anonymous.document("{ image(id: \"0123456789abcdef01234567\") { id } }")
			.execute()
			.path("image")
			.valueIsNull();
	}

	@Test
	void onlyEditorsChangeAnImage() {
		String id = uploaded(TestImages.jpeg(100, 100));
		Map<String, Object> input = Map.of("focalPoint", Map.of("x", 0.2, "y", 0.2));
		this.anonymous.document(UPDATE)
			.variable("id", id)
			.variable("input", input)
			.execute()
			.errors()
			.satisfy(hasError("UNAUTHENTICATED"));
		this.moderator.document(UPDATE)
			.variable("id", id)
			.variable("input", input)
			.execute()
			.errors()
			.satisfy(hasError("FORBIDDEN"));
		this.editor.document(UPDATE)
			.variable("id", id)
			.variable("input", Map.of("focalPoint", Map.of("x", 1.5, "y", 0.2)))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT"));
		this.editor.document(UPDATE)
			.variable("id", "0123456789abcdef01234567")
			.variable("input", input)
			.execute()
			.errors()
			.satisfy(hasError("NOT_FOUND"));
		this.anonymous.document("query($id: ID!) { image(id: $id) { focalPoint { x y } } }")
			.variable("id", id)
			.execute()
			.path("image.focalPoint.x")
			.entity(Double.class)
			.isEqualTo(0.5);
	}

	@Test
	void anArticleHasAFeaturedImageInTheReadersLocale() {
		String imageId = photoWithTexts();
		String id = createArticle(List.of(translation("ar", "مراكش", "نص"), translation("fr", "Marrakech", "Texte")),
				List.of());
		setFeaturedImage(id, imageId).path("updateArticle.featuredImage.id").entity(String.class).isEqualTo(imageId);
		GraphQlTester.Response arabic = this.editor
			.document("query($id: ID!) { article(id: $id, locale: \"ar\") { featuredImage { alt url(width: 640) } } }")
			.variable("id", id)
			.execute();
		arabic.path("article.featuredImage.alt").entity(String.class).isEqualTo("ساحة جامع الفنا ليلاً");
		arabic.path("article.featuredImage.url").entity(String.class).isEqualTo("/images/" + imageId + "/640.jpg");

		setFeaturedImage(id, "0123456789abcdef01234567").errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> error.getMessage().contains("input.featuredImage")));
		setFeaturedImage(id, "").path("updateArticle.featuredImage").valueIsNull();
	}

	private GraphQlTester.Response setFeaturedImage(String articleId, String imageId) {
		long version = versionOf(articleId);
		return this.editor.document(
				"""
						mutation($id: ID!, $v: Int!, $image: ID) {
						  updateArticle(id: $id, expectedVersion: $v, input: { featuredImage: $image }) { featuredImage { id } } }""")
			.variable("id", articleId)
			.variable("v", version)
			.variable("image", imageId)
			.execute();
	}

	@Test
	void anAuthorHasAPhoto() {
		String imageId = photoWithTexts();
		String authorId = createAuthor("salma-bennani", "سلمى بناني", "Salma Bennani");
		this.editor
			.document("mutation($id: ID!, $photo: ID) { updateAuthor(id: $id, input: { photo: $photo }) { id } }")
			.variable("id", authorId)
			.variable("photo", imageId)
			.execute()
			.path("updateAuthor.id")
			.entity(String.class)
			.isEqualTo(authorId);
		this.anonymous.document("{ author(slug: \"salma-bennani\", locale: \"fr\") { photo { id alt } } }")
			.execute()
			.path("author.photo.alt")
			.entity(String.class)
			.isEqualTo("La place Jemaa el-Fna la nuit");
		String otherId = createAuthor("youssef-alaoui", "يوسف العلوي", "Youssef Alaoui");
		this.editor
			.document("mutation($id: ID!, $photo: ID) { updateAuthor(id: $id, input: { photo: $photo }) { id } }")
			.variable("id", otherId)
			.variable("photo", uploaded(TestImages.jpeg(200, 200)))
			.execute()
			.path("updateAuthor.id")
			.entity(String.class)
			.isEqualTo(otherId);
		this.events.publishEvent(com.newsroom.contentapi.delivery.ContentChangedEvent.of("image:" + imageId));
		this.commands.reset();
		this.anonymous.document("{ authors(locale: \"ar\") { edges { node { name photo { url } } } } }")
			.execute()
			.path("authors.edges[*].node.photo.url")
			.entityList(String.class)
			.hasSize(2);
		assertThat(this.commands.recent()).as("the photos of a page of authors in one command")
			.filteredOn(command -> command.containsKey("find") && command.getString("find").getValue().equals("images"))
			.hasSize(1);
		this.editor.document("mutation($id: ID!) { updateAuthor(id: $id, input: { photo: \"nope\" }) { id } }")
			.variable("id", authorId)
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> error.getMessage().contains("input.photo")));
	}

	@Test
	void imagesInABodyGetTheirRenditionsSizeAndTheAltTextOfTheBodysLocale() {
		String imageId = photoWithTexts();
		String body = "Avant.\n\n![](image:" + imageId + ")\n\n![Légende écrite](image:" + imageId + ")\n\n"
				+ "<img src=\"https://example.com/x.jpg\" srcset=\"javascript:alert(1) 1x\" onerror=\"alert(1)\">";
		String id = createArticle(
				List.of(translation("ar", "مراكش", "![](image:" + imageId + ")"), translation("fr", "Marrakech", body)),
				List.of());
		String french = bodyHtml(id, "fr");
		assertThat(french).contains("src=\"/images/" + imageId + "/960.jpg\"")
			.contains("srcset=\"/images/" + imageId + "/320.jpg 320w, ")
			.contains("width=\"1200\"")
			.contains("height=\"800\"")
			.contains("alt=\"La place Jemaa el-Fna la nuit\"")
			.contains("alt=\"Légende écrite\"")
			.contains("loading=\"lazy\"")
			.doesNotContain("javascript:")
			.doesNotContain("onerror")
			.doesNotContain("image.invalid");
		assertThat(bodyHtml(id, "ar")).contains("alt=\"ساحة جامع الفنا ليلاً\"");

		this.editor.document("""
				mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }""")
			.variable("input",
					Map.of("translations", List.of(translation("fr", "Titre", "![](image:0123456789abcdef01234567)"))))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> error.getMessage().contains("0123456789abcdef01234567")));
	}

	private String bodyHtml(String articleId, String locale) {
		return this.editor.document("query($id: ID!, $l: Locale) { article(id: $id, locale: $l) { body { html } } }")
			.variable("id", articleId)
			.variable("l", locale)
			.execute()
			.path("article.body.html")
			.entity(String.class)
			.get();
	}

	/**
	 * Headlines with their bylines, sections and featured images: three commands whatever
	 * the page size (the page, the images of the page, the comment counts; the section
	 * tree is in memory), then two once the images are in memory too.
	 */
	@Test
	void featuredImagesOfAPageAreReadInOneCommand() {
		List<String> images = IntStream.range(0, 3).mapToObj(i -> uploaded(TestImages.jpeg(700, 400))).toList();
		createAuthor("salma-bennani", "سلمى بناني", "Salma Bennani");
		for (int i = 0; i < 12; i++) {
			String id = createPublishedArticle(List.of(translation("fr", "Titre " + i, "Texte")), List.of());
			setFeaturedImage(id, images.get(i % 3));
		}
		this.events.publishEvent(com.newsroom.contentapi.delivery.ContentChangedEvent.of("image:" + images.get(0),
				"image:" + images.get(1), "image:" + images.get(2)));
		String headlines = """
				{ articles(first: %d, locale: "fr") { edges { node { title authors { name } section { name }
				  featuredImage { alt url(width: 640) } commentCount } } } }""";
		// the section tree is read once per instance, whatever is listed
		this.anonymous.document("{ sections { slug } }").execute().path("sections").entityList(Object.class).hasSize(0);
		this.commands.reset();
		this.anonymous.document(headlines.formatted(12))
			.execute()
			.path("articles.edges[*].node.featuredImage.url")
			.entityList(String.class)
			.hasSize(12);
		assertThat(this.commands.recent())
			.extracting(
					command -> command.getFirstKey() + " " + command.get(command.getFirstKey()).asString().getValue())
			.containsExactlyInAnyOrder("find articles", "find images", "find comment_counts");
		this.commands.reset();
		this.anonymous.document(headlines.formatted(5))
			.execute()
			.path("articles.edges")
			.entityList(Object.class)
			.hasSize(5);
		assertThat(this.commands.recent())
			.extracting(
					command -> command.getFirstKey() + " " + command.get(command.getFirstKey()).asString().getValue())
			.containsExactlyInAnyOrder("find articles", "find comment_counts");
	}

}
