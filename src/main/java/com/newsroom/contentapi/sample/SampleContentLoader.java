package com.newsroom.contentapi.sample;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.article.Article;
import com.newsroom.contentapi.article.ArticleInputs.CreateArticleInput;
import com.newsroom.contentapi.article.ArticleInputs.SeoInput;
import com.newsroom.contentapi.article.ArticleInputs.TranslationInput;
import com.newsroom.contentapi.article.ArticlePublishing;
import com.newsroom.contentapi.article.ArticleService;
import com.newsroom.contentapi.author.AuthorInputs.AuthorLinkInput;
import com.newsroom.contentapi.author.AuthorInputs.AuthorProfileInput;
import com.newsroom.contentapi.author.AuthorInputs.CreateAuthorInput;
import com.newsroom.contentapi.author.AuthorService;
import com.newsroom.contentapi.section.SectionInputs.CreateSectionInput;
import com.newsroom.contentapi.section.SectionInputs.SectionNameInput;
import com.newsroom.contentapi.section.SectionService;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.Role;
import com.newsroom.contentapi.tag.TagInputs.CreateTagInput;
import com.newsroom.contentapi.tag.TagInputs.TagNameInput;
import com.newsroom.contentapi.tag.TagService;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads a small set of articles written for this project on first start with an empty
 * database, so that a newcomer sees localised output at once: Arabic with French, Arabic
 * only, French with English, English only, and one French draft. Switched off with
 * {@code contentapi.sample-content=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "contentapi.sample-content", matchIfMissing = true)
class SampleContentLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SampleContentLoader.class);

	private static final Caller LOADER = new Caller("sample-content", Role.ADMIN);

	private static final Locale AR = Locale.forLanguageTag("ar");

	private static final Locale FR = Locale.FRENCH;

	private static final Locale EN = Locale.ENGLISH;

	private final MongoTemplate mongo;

	private final ArticleService articles;

	private final ArticlePublishing publishing;

	private final TagService tags;

	private final AuthorService authors;

	private final SectionService sections;

	private final SampleSite site;

	SampleContentLoader(MongoTemplate mongo, ArticleService articles, ArticlePublishing publishing, TagService tags,
			AuthorService authors, SectionService sections, SampleSite site) {
		this.site = site;
		this.authors = authors;
		this.sections = sections;
		this.mongo = mongo;
		this.articles = articles;
		this.publishing = publishing;
		this.tags = tags;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.mongo.count(new org.springframework.data.mongodb.core.query.Query(), Article.class) > 0) {
			return;
		}
		tag("culture", "ثقافة", "Culture", "Culture");
		tag("economie", "اقتصاد", "Économie", "Economy");
		tag("sport", "رياضة", "Sport", "Sport");
		tag("maroc", "المغرب", "Maroc", "Morocco");

		section("politique", null, "سياسة", "Politique", "Politics");
		section("maroc", "politique", "المغرب", "Maroc", "Morocco");
		section("international", "politique", "دولي", "International", "International");
		section("economie", null, "اقتصاد", "Économie", "Economy");
		section("culture", null, "ثقافة", "Culture", "Culture");
		section("sport", null, "رياضة", "Sport", "Sport");
		this.site.load(LOADER);

		author("salma-bennani", "سلمى بناني", "مراسلة في طنجة", "Salma Bennani", "Correspondante à Tanger",
				"https://www.example.ma/auteurs/salma-bennani");
		author("youssef-alaoui", "يوسف العلوي", "صحفي رياضي", "Youssef Alaoui", "Journaliste sportif", null);

		publish("2021-11-23T10:00:00Z", "culture", List.of("culture", "maroc"),
				List.of("salma-bennani", "youssef-alaoui"),
				new TranslationInput(AR, "الرباط تحتضن الدورة الجديدة لمهرجان موازين", null,
						"يعود مهرجان موازين إلى العاصمة بعد غياب دام عامين.",
						"""
								يعود **مهرجان موازين** إلى الرباط بعد غياب دام عامين، بمشاركة فنانين من المغرب والعالم العربي وأفريقيا.

								وقال المنظمون إن الدورة الجديدة ستشهد حفلات مجانية على ضفاف أبي رقراق.

								> «الموسيقى لغة يفهمها الجميع»، يقول أحد المنظمين.
								""",
						null),
				new TranslationInput(FR, "Rabat accueille la nouvelle édition du festival Mawazine", null,
						"Le festival Mawazine revient dans la capitale après deux ans d'absence.",
						"""
								Le **festival Mawazine** revient à Rabat après deux ans d'absence, avec des artistes du Maroc, du monde arabe et d'Afrique.

								Les organisateurs annoncent des concerts gratuits sur les rives du Bouregreg.
								""",
						new SeoInput("Mawazine 2021 à Rabat", null)));

		publish("2021-11-25T08:30:00Z", "economie", List.of("economie", "maroc"), List
			.of("salma-bennani"), new TranslationInput(AR, "ارتفاع أسعار المحروقات في المغرب", null, null, """
					سجلت أسعار **المحروقات** ارتفاعا جديدا في محطات الوقود بالمدن المغربية هذا الأسبوع.

					ويتوقع الخبراء أن تستمر الأسعار في الارتفاع خلال الأشهر المقبلة، مما يؤثر على القدرة الشرائية للأسر.
					""", null));

		publish("2021-11-12T21:00:00Z", "sport", List.of("sport", "maroc"), List.of("youssef-alaoui"),
				new TranslationInput(FR, "Le Maroc se qualifie pour la Coupe du monde", null, null,
						"""
								Les Lions de l'Atlas ont validé leur billet pour la **Coupe du monde** après une victoire nette à Rabat.

								L'entraîneur a salué « l'état d'esprit exemplaire » de l'équipe.
								""",
						null),
				new TranslationInput(EN, "Morocco qualifies for the World Cup", null, null, """
						The Atlas Lions sealed their place at the **World Cup** with a clear win in Rabat.

						The coach praised the team's "exemplary spirit".
						""", null));

		publish("2021-11-20T14:15:00Z", "economie", List.of("economie"), List.of(),
				new TranslationInput(EN, "Casablanca start-ups raise record funding", null, null,
						"""
								Start-ups based in Casablanca raised more money this year than in any year before, according to a new report.

								Fintech and logistics lead the list.
								""",
						null));

		this.articles.create(new CreateArticleInput(
				List.of(new TranslationInput(FR, "Marrakech prépare sa saison touristique", null, null,
						"Brouillon : à compléter avec les chiffres de l'office du tourisme.", null)),
				List.of("economie"), List.of("salma-bennani"), "economie", null, true), LOADER);
		logger.info(
				"Loaded the sample content (5 articles, 4 tags, 2 authors, 6 sections, the site's labels and main menu);"
						+ " set contentapi.sample-content=false to skip it");
	}

	private void tag(String slug, String ar, String fr, String en) {
		this.tags.create(new CreateTagInput(slug,
				List.of(new TagNameInput(AR, ar), new TagNameInput(FR, fr), new TagNameInput(EN, en))), LOADER);
	}

	private void author(String slug, String arName, String arTitle, String frName, String frTitle,
			@Nullable String website) {
		this.authors.create(new CreateAuthorInput(slug,
				List.of(new AuthorProfileInput(AR, arName, arTitle, null),
						new AuthorProfileInput(FR, frName, frTitle, null)),
				null, (website != null) ? List.of(new AuthorLinkInput("website", website)) : List.of(), null), LOADER);
	}

	private void section(String slug, @Nullable String parent, String ar, String fr, String en) {
		this.sections.create(new CreateSectionInput(slug, List.of(new SectionNameInput(AR, ar, null),
				new SectionNameInput(FR, fr, null), new SectionNameInput(EN, en, null)), parent, null), LOADER);
	}

	private void publish(String publishedAt, String section, List<String> tagSlugs, List<String> authorSlugs,
			TranslationInput... translations) {
		Article article = this.articles
			.create(new CreateArticleInput(List.of(translations), tagSlugs, authorSlugs, section, null, true), LOADER);
		this.publishing.publishAsOf(article.getId(), Instant.parse(publishedAt), LOADER);
	}

}
