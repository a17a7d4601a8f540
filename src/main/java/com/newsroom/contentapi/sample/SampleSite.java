package com.newsroom.contentapi.sample;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.site.Menu.TargetKind;
import com.newsroom.contentapi.site.Navigation;
import com.newsroom.contentapi.site.SiteInputs.LabelInput;
import com.newsroom.contentapi.site.SiteInputs.MenuItemInput;
import com.newsroom.contentapi.site.SiteInputs.MenuLabelInput;
import com.newsroom.contentapi.site.SiteInputs.SiteNameInput;
import com.newsroom.contentapi.site.SiteInputs.UpdateSiteInput;
import com.newsroom.contentapi.site.SiteService;

import org.springframework.stereotype.Component;

/**
 * The sample site: the reference page's French interface labels ("Partager", "Poster un
 * Commentaire", the Akismet notice) and an Arabic set that replaces some of them, the
 * site's name in both languages, and a main menu of the sample sections.
 */
@Component
class SampleSite {

	private static final Locale AR = Locale.forLanguageTag("ar");

	private static final Locale FR = Locale.FRENCH;

	private final SiteService site;

	private final Navigation navigation;

	SampleSite(SiteService site, Navigation navigation) {
		this.site = site;
		this.navigation = navigation;
	}

	void load(Caller loader) {
		this.site.update(new UpdateSiteInput(
				List.of(new SiteNameInput(FR, "Le Journal", "L'actualité du Maroc en français et en arabe"),
						new SiteNameInput(AR, "الجريدة", "أخبار المغرب بالعربية والفرنسية")),
				null, null, "Le Journal SARL", "redaction@example.ma", null, List.of()), loader);
		this.site.setLabels("fr", labels(Map.of("share", "Partager", "postComment", "Poster un Commentaire",
				"commentNotice",
				"Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur comment les données de vos commentaires sont utilisées.",
				"readMore", "Lire la suite", "search", "Rechercher", "name", "Nom", "email", "E-mail", "comment",
				"Commentaire")), loader);
		this.site.setLabels("ar", labels(Map.of("share", "مشاركة", "readMore", "اقرأ المزيد", "search", "بحث")),
				loader);
		this.navigation.set("main", List.of(
				item(TargetKind.SECTION, "politique", "Politique", "سياسة",
						List.of(item(TargetKind.SECTION, "maroc", "Maroc", "المغرب", List.of()),
								item(TargetKind.SECTION, "international", "International", "دولي", List.of()))),
				item(TargetKind.SECTION, "economie", "Économie", "اقتصاد", List.of()),
				item(TargetKind.SECTION, "culture", "Culture", "ثقافة", List.of()),
				item(TargetKind.SECTION, "sport", "Sport", "رياضة", List.of())), loader);
	}

	private static List<LabelInput> labels(Map<String, String> labels) {
		return labels.entrySet().stream().map(entry -> new LabelInput(entry.getKey(), entry.getValue())).toList();
	}

	private static MenuItemInput item(TargetKind kind, String target, String fr, String ar,
			List<MenuItemInput> children) {
		return new MenuItemInput(List.of(new MenuLabelInput(FR, fr), new MenuLabelInput(AR, ar)), kind, target,
				children);
	}

}
