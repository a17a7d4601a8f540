package com.newsroom.contentapi.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated news content in Arabic, French and English: the one generator of sample
 * articles for {@link SearchBenchmark} and {@code bench/LoadGenerator.java} (which runs
 * with {@code target/test-classes} on its classpath), so that both benchmarks seed the
 * same kind of newsroom and their vocabularies cannot drift apart.
 * <p>
 * Two kinds of story, both deterministic for the seed:
 * <ul>
 * <li>{@link #story(int)}: one story in fr, ar and en, as readers get it: a headline
 * aligned across the three languages ({@link #headline(int)}), three of the 50
 * {@link #TAGS}, and a Markdown body of about 2 KB per language (a dateline, paragraphs,
 * a heading, a list, a quote) drawn from the same sentence templates in each language.
 * Its vocabulary is that of one desk: the common query words match most stories. It
 * depends on the seed and {@code i} only, so any thread may ask for any story.</li>
 * <li>{@link #longTailStory(int)}: one to three translations of sentences that mix glue
 * words, the {@link #commonWords(String) common news words} that search queries use (one
 * content word in ten) and a long tail of about 20,000 rare made-up words per language in
 * its script, as real text has, so that a query matches a realistic share of stories;
 * about 2 KB of body per translation. These stories and {@link #commonWord(String)} draw
 * on one sequence: the same calls in the same order give the same text.</li>
 * </ul>
 * Reader comments ({@link #comment(int, int, Random)}) and the names of their
 * {@link #AUTHORS} come with them.
 */
public final class NewsCorpus {

	/**
	 * The languages, in the order in which {@link #longTailStory(int)} rotates through
	 * them.
	 */
	public static final List<String> LOCALES = List.of("ar", "fr", "en");

	/** The 50 tags of the stories. */
	public static final List<Tag> TAGS = List.of(new Tag("politics", "Politics", "Politique", "سياسة"),
			new Tag("economy", "Economy", "Économie", "اقتصاد"), new Tag("sport", "Sport", "Sport", "رياضة"),
			new Tag("culture", "Culture", "Culture", "ثقافة"), new Tag("health", "Health", "Santé", "صحة"),
			new Tag("education", "Education", "Éducation", "تعليم"),
			new Tag("environment", "Environment", "Environnement", "بيئة"),
			new Tag("technology", "Technology", "Technologie", "تكنولوجيا"),
			new Tag("justice", "Justice", "Justice", "عدالة"), new Tag("world", "World", "Monde", "العالم"),
			new Tag("africa", "Africa", "Afrique", "أفريقيا"), new Tag("europe", "Europe", "Europe", "أوروبا"),
			new Tag("middle-east", "Middle East", "Moyen-Orient", "الشرق الأوسط"),
			new Tag("energy", "Energy", "Énergie", "طاقة"),
			new Tag("agriculture", "Agriculture", "Agriculture", "فلاحة"),
			new Tag("tourism", "Tourism", "Tourisme", "سياحة"), new Tag("transport", "Transport", "Transports", "نقل"),
			new Tag("housing", "Housing", "Logement", "سكن"), new Tag("employment", "Employment", "Emploi", "تشغيل"),
			new Tag("finance", "Finance", "Finance", "مالية"), new Tag("markets", "Markets", "Marchés", "أسواق"),
			new Tag("industry", "Industry", "Industrie", "صناعة"), new Tag("water", "Water", "Eau", "ماء"),
			new Tag("climate", "Climate", "Climat", "مناخ"), new Tag("football", "Football", "Football", "كرة القدم"),
			new Tag("athletics", "Athletics", "Athlétisme", "ألعاب القوى"),
			new Tag("cinema", "Cinema", "Cinéma", "سينما"), new Tag("music", "Music", "Musique", "موسيقى"),
			new Tag("books", "Books", "Livres", "كتب"), new Tag("science", "Science", "Sciences", "علوم"),
			new Tag("security", "Security", "Sécurité", "أمن"), new Tag("defence", "Defence", "Défense", "دفاع"),
			new Tag("diplomacy", "Diplomacy", "Diplomatie", "دبلوماسية"),
			new Tag("elections", "Elections", "Élections", "انتخابات"),
			new Tag("parliament", "Parliament", "Parlement", "البرلمان"),
			new Tag("regions", "Regions", "Régions", "جهات"), new Tag("cities", "Cities", "Villes", "مدن"),
			new Tag("society", "Society", "Société", "مجتمع"), new Tag("women", "Women", "Femmes", "المرأة"),
			new Tag("youth", "Youth", "Jeunesse", "الشباب"), new Tag("religion", "Religion", "Religion", "دين"),
			new Tag("media", "Media", "Médias", "إعلام"), new Tag("digital", "Digital", "Numérique", "رقمي"),
			new Tag("startups", "Start-ups", "Start-up", "شركات ناشئة"), new Tag("trade", "Trade", "Commerce", "تجارة"),
			new Tag("fisheries", "Fisheries", "Pêche", "صيد بحري"), new Tag("mining", "Mining", "Mines", "معادن"),
			new Tag("weather", "Weather", "Météo", "طقس"), new Tag("opinion", "Opinion", "Opinion", "رأي"),
			new Tag("interviews", "Interviews", "Entretiens", "حوارات"));

	/** Commenters' names. */
	public static final List<String> AUTHORS = List.of("Amine El Idrissi", "Salma Benjelloun", "Youssef Alaoui",
			"Fatima Bennani", "Karim Tazi", "Nadia Chraibi", "Mehdi Berrada", "Leila Fassi", "Omar Kettani",
			"Hajar Lahlou", "Claire Martin", "Julien Dubois", "Sophie Laurent", "Thomas Moreau", "Rachid Amrani",
			"Imane Skalli", "Hamza Ouazzani", "Sara Benkirane", "Pierre Lefebvre", "Zineb Mansouri");

	// Headline parts, aligned across languages: subject [en, fr, ar, ar gender],
	// verb [en, fr, ar m, ar f], object [en, fr, ar], place [en, fr, ar].
	// 12^4 = 20,736 distinct headlines.
	private static final String[][] SUBJECTS = { { "The government", "Le gouvernement", "الحكومة", "f" },
			{ "Parliament", "Le Parlement", "البرلمان", "m" },
			{ "The central bank", "La Banque centrale", "البنك المركزي", "m" },
			{ "The city council", "Le conseil municipal", "المجلس البلدي", "m" },
			{ "The European Union", "L'Union européenne", "الاتحاد الأوروبي", "m" },
			{ "The national team", "L'équipe nationale", "المنتخب الوطني", "m" },
			{ "The finance minister", "Le ministre des Finances", "وزير المالية", "m" },
			{ "The teachers' union", "Le syndicat des enseignants", "نقابة التعليم", "f" },
			{ "The competition council", "Le Conseil de la concurrence", "مجلس المنافسة", "m" },
			{ "The electricity office", "L'Office national de l'électricité", "المكتب الوطني للكهرباء", "m" },
			{ "The regional council", "Le conseil régional", "مجلس الجهة", "m" },
			{ "The health ministry", "Le ministère de la Santé", "وزارة الصحة", "f" } };

	private static final String[][] VERBS = { { "announces", "annonce", "يعلن", "تعلن" },
			{ "adopts", "adopte", "يعتمد", "تعتمد" }, { "rejects", "rejette", "يرفض", "ترفض" },
			{ "examines", "examine", "يدرس", "تدرس" }, { "backs", "soutient", "يدعم", "تدعم" },
			{ "launches", "lance", "يطلق", "تطلق" }, { "postpones", "reporte", "يؤجل", "تؤجل" },
			{ "criticises", "critique", "ينتقد", "تنتقد" }, { "revises", "révise", "يراجع", "تراجع" },
			{ "signs", "signe", "يوقع", "توقع" }, { "unveils", "dévoile", "يكشف عن", "تكشف عن" },
			{ "suspends", "suspend", "يعلق", "تعلق" } };

	private static final String[][] OBJECTS = {
			{ "a new investment plan", "un nouveau plan d'investissement", "خطة استثمار جديدة" },
			{ "the pension reform", "la réforme des retraites", "إصلاح أنظمة التقاعد" },
			{ "the health budget", "le budget de la santé", "ميزانية الصحة" },
			{ "a trade agreement", "un accord commercial", "اتفاقا تجاريا" },
			{ "the water bill", "le projet de loi sur l'eau", "مشروع قانون الماء" },
			{ "a social housing programme", "un programme de logement social", "برنامجا للسكن الاجتماعي" },
			{ "the fuel price increase", "la hausse des prix du carburant", "الزيادة في أسعار المحروقات" },
			{ "an energy partnership", "un partenariat énergétique", "شراكة في مجال الطاقة" },
			{ "the digital strategy", "la stratégie numérique", "الاستراتيجية الرقمية" },
			{ "the farm recovery plan", "le plan de relance agricole", "مخطط إنعاش الفلاحة" },
			{ "an urban transport contract", "un contrat de transport urbain", "عقدا للنقل الحضري" },
			{ "the education reform", "la réforme de l'éducation", "إصلاح التعليم" } };

	private static final String[][] PLACES = { { "Rabat", "Rabat", "الرباط" },
			{ "Casablanca", "Casablanca", "الدار البيضاء" }, { "Marrakech", "Marrakech", "مراكش" },
			{ "Fez", "Fès", "فاس" }, { "Tangier", "Tanger", "طنجة" }, { "Agadir", "Agadir", "أكادير" },
			{ "Oujda", "Oujda", "وجدة" }, { "Meknes", "Meknès", "مكناس" }, { "Tetouan", "Tétouan", "تطوان" },
			{ "Laayoune", "Laâyoune", "العيون" }, { "Paris", "Paris", "باريس" },
			{ "Brussels", "Bruxelles", "بروكسل" } };

	/**
	 * Body sentences per language ({S} subject, {O} object, {C} city, {N} number, {P}
	 * percent, {Y} year, {T} tag).
	 */
	private static final Map<String, String[]> SENTENCES = Map.of("fr", new String[] {
			"Selon des sources proches du dossier, le gouvernement prévoit de finaliser {O} avant la fin de l'année {Y}.",
			"Le budget prévu atteint {N} millions de dirhams, soit une hausse de {P} % par rapport à l'an dernier.",
			"À {C}, les élus locaux ont salué une décision attendue depuis longtemps par les habitants.",
			"L'opposition estime toutefois que le calendrier reste trop ambitieux et réclame un débat au Parlement.",
			"Des consultations avec les régions sont prévues au cours des prochaines semaines, a précisé le porte-parole du gouvernement.",
			"Les économistes interrogés soulignent l'impact attendu sur l'emploi des jeunes et sur l'investissement privé.",
			"La mesure concerne près de {N} 000 ménages, selon les chiffres publiés mardi par le ministère.",
			"Le ministère rappelle que la réforme s'inscrit dans le nouveau modèle de développement du pays.",
			"Plusieurs associations demandent davantage de transparence sur le financement du projet et sur le budget alloué.",
			"Le texte doit encore être examiné en commission avant son adoption définitive par les deux chambres.",
			"Sur les marchés, l'annonce a été accueillie avec prudence par les investisseurs, qui attendent des précisions.",
			"Les syndicats ont demandé une réunion avec le gouvernement pour discuter des modalités d'application.",
			"Un premier bilan sera présenté à {C} au printemps {Y}, lors d'une conférence nationale.",
			"Le dossier « {T} » reste l'une des priorités de l'exécutif pour les prochains mois.",
			"{S} assure que les premiers résultats seront visibles dès le prochain exercice budgétaire." }, "en",
			new String[] {
					"According to sources close to the matter, the government plans to finalise {O} before the end of {Y}.",
					"The planned budget reaches {N} million dirhams, an increase of {P}% on last year.",
					"In {C}, local officials welcomed a decision that residents had long been waiting for.",
					"The opposition, however, considers the timetable too ambitious and is calling for a debate in parliament.",
					"Consultations with the regions are planned over the coming weeks, the government spokesperson said.",
					"Economists point to the expected impact on youth employment and on private investment.",
					"The measure concerns nearly {N},000 households, according to figures published by the ministry on Tuesday.",
					"The ministry recalls that the reform is part of the country's new development model.",
					"Several associations are calling for more transparency on the funding of the project and its budget.",
					"The bill must still be examined in committee before it is finally adopted by both chambers.",
					"On the markets, investors greeted the announcement with caution and are waiting for details.",
					"The unions have asked to meet the government to discuss how the reform will be applied.",
					"A first assessment will be presented in {C} in the spring of {Y}, at a national conference.",
					"The {T} file remains one of the executive's priorities for the coming months.",
					"{S} says the first results will be visible from the next budget year." },
			"ar",
			new String[] { "وحسب مصادر مطلعة، تعتزم الحكومة استكمال {O} قبل نهاية سنة {Y}.",
					"وتبلغ الميزانية المرصودة {N} مليون درهم، أي بزيادة قدرها {P} في المائة مقارنة بالسنة الماضية.",
					"وفي {C}، رحب المنتخبون المحليون بقرار طال انتظاره من طرف الساكنة.",
					"غير أن المعارضة تعتبر أن الجدول الزمني طموح أكثر من اللازم، وتطالب بنقاش داخل البرلمان.",
					"ومن المنتظر إجراء مشاورات مع الجهات خلال الأسابيع المقبلة، حسب الناطق الرسمي باسم الحكومة.",
					"ويؤكد الاقتصاديون على الأثر المنتظر على تشغيل الشباب وعلى الاستثمار الخاص.",
					"ويهم هذا الإجراء حوالي {N} ألف أسرة، حسب الأرقام التي نشرتها الوزارة يوم الثلاثاء.",
					"وتذكر الوزارة بأن هذا الإصلاح يندرج في إطار النموذج التنموي الجديد للبلاد.",
					"وتطالب عدة جمعيات بمزيد من الشفافية حول تمويل المشروع والميزانية المخصصة له.",
					"ولا يزال النص في حاجة إلى الدراسة داخل اللجنة قبل المصادقة النهائية عليه من طرف المجلسين.",
					"وفي الأسواق، استقبل المستثمرون هذا الإعلان بحذر في انتظار مزيد من التفاصيل.",
					"وطالبت النقابات بعقد اجتماع مع الحكومة لمناقشة كيفيات التطبيق.",
					"وسيتم تقديم حصيلة أولية في {C} خلال ربيع {Y} في إطار مناظرة وطنية.",
					"ويظل ملف {T} من أولويات الحكومة خلال الأشهر المقبلة.",
					"وتؤكد الجهات المعنية أن النتائج الأولى ستظهر ابتداء من السنة المالية المقبلة." });

	private static final Map<String, String[]> HEADINGS = Map.of("fr",
			new String[] { "Un calendrier serré", "Les réactions", "Ce qui change", "Le financement",
					"Les prochaines étapes" },
			"en", new String[] { "A tight timetable", "Reactions", "What changes", "Funding", "Next steps" }, "ar",
			new String[] { "جدول زمني ضيق", "ردود الفعل", "ما الذي سيتغير", "التمويل", "الخطوات المقبلة" });

	private static final Map<String, String[]> BULLETS = Map.of("fr", new String[] {
			"{N} millions de dirhams d'investissement à {C}", "{P} % des communes concernées d'ici {Y}",
			"un comité de suivi présidé par le chef du gouvernement", "un rapport d'étape publié chaque trimestre" },
			"en",
			new String[] { "{N} million dirhams of investment in {C}", "{P}% of municipalities covered by {Y}",
					"a monitoring committee chaired by the head of government",
					"a progress report published every quarter" },
			"ar",
			new String[] { "استثمارات بقيمة {N} مليون درهم في {C}", "{P} في المائة من الجماعات المعنية في أفق {Y}",
					"لجنة تتبع يرأسها رئيس الحكومة", "تقرير مرحلي ينشر كل ثلاثة أشهر" });

	private static final Map<String, String[]> QUOTES = Map.of("fr", new String[] {
			"> « C'est une étape importante pour le pays », a déclaré un responsable du ministère.",
			"> « Nous resterons attentifs à la mise en œuvre », a indiqué une élue de l'opposition.",
			"> « Les citoyens attendent des résultats concrets », a affirmé le président de la commission des finances." },
			"en",
			new String[] { "> \"This is an important step for the country,\" a ministry official said.",
					"> \"We will keep a close eye on implementation,\" an opposition member said.",
					"> \"Citizens expect concrete results,\" the chair of the finance committee said." },
			"ar",
			new String[] { "> «إنها خطوة مهمة بالنسبة للبلاد»، يقول مسؤول بالوزارة.",
					"> «سنظل منتبهين لمرحلة التنفيذ»، تقول برلمانية من المعارضة.",
					"> «المواطنون ينتظرون نتائج ملموسة»، يؤكد رئيس لجنة المالية." });

	private static final String[] COMMENT_OPENINGS = { "Merci pour cet article très clair.",
			"Enfin une bonne nouvelle !", "Je ne suis pas convaincu par cette annonce.",
			"Article intéressant, mais il manque des chiffres.", "On attend de voir les résultats sur le terrain.",
			"Bravo pour le suivi de ce dossier.", "Encore une promesse de plus ?",
			"Très bonne analyse de la situation.", "C'est une décision courageuse.",
			"Il était temps que les choses bougent.", "Je partage l'avis de l'opposition sur ce point.",
			"Belle couverture de l'actualité régionale." };

	private static final String[] COMMENT_MIDDLES = { "Chez nous à {C}, les habitants en parlent depuis des mois.",
			"Le budget annoncé me paraît insuffisant.", "Qui va contrôler l'utilisation de cet argent ?",
			"Les jeunes doivent être associés à ces décisions.", "J'espère que les régions ne seront pas oubliées.",
			"Le calendrier me semble réaliste cette fois.", "Il faudrait publier le texte complet du projet.",
			"Les prix ont déjà beaucoup augmenté cette année.",
			"Mon quartier à {C} attend toujours les travaux promis." };

	private static final String[] COMMENT_CLOSINGS = { "À suivre.", "Merci à la rédaction.", "Bon courage à tous.",
			"Wait and see, comme on dit.", "Vivement la suite.", "Affaire à suivre de près.", "Cordialement." };

	private static final List<String> FR = List.of("gouvernement", "ministre", "élection", "économie", "armée",
			"festival", "culture", "football", "équipe", "marché", "prix", "pétrole", "énergie", "réforme", "santé",
			"hôpital", "école", "université", "tourisme", "Marrakech", "Rabat", "Casablanca", "Tanger", "région",
			"budget", "agriculture", "pluie", "sécheresse", "port", "train", "autoroute", "investissement",
			"entreprise", "emploi", "jeunesse", "musique", "cinéma", "littérature", "justice", "parlement");

	private static final List<String> AR = List.of("الحكومة", "الوزير", "الانتخابات", "الاقتصاد", "الجيش", "مهرجان",
			"الثقافة", "كرة", "الفريق", "السوق", "الأسعار", "النفط", "الطاقة", "الإصلاح", "الصحة", "المستشفى",
			"المدرسة", "الجامعة", "السياحة", "مراكش", "الرباط", "الدار", "طنجة", "الجهة", "الميزانية", "الفلاحة",
			"الأمطار", "الجفاف", "الميناء", "القطار", "الطريق", "الاستثمار", "الشركة", "التشغيل", "الشباب", "الموسيقى",
			"السينما", "الأدب", "العدالة", "البرلمان");

	private static final List<String> EN = List.of("government", "minister", "election", "economy", "army", "festival",
			"culture", "football", "team", "market", "prices", "oil", "energy", "reform", "health", "hospital",
			"school", "university", "tourism", "Marrakech", "Rabat", "Casablanca", "Tangier", "region", "budget",
			"agriculture", "rain", "drought", "port", "train", "motorway", "investment", "company", "jobs", "youth",
			"music", "cinema", "literature", "justice", "parliament");

	private static final List<String> FR_GLUE = List.of("le", "la", "les", "de", "du", "et", "pour", "dans", "avec",
			"sur");

	private static final List<String> AR_GLUE = List.of("في", "من", "على", "إلى", "مع", "و", "عن", "هذا", "التي",
			"بعد");

	private static final List<String> EN_GLUE = List.of("the", "of", "and", "for", "in", "with", "on", "after", "to",
			"a");

	private static final String LATIN_SYLLABLES = "ba be bi bo ca ce co da de di do fa fe fi ga la le li lo ma me mi mo na ne ni no pa pe po ra re ri ro sa se si so ta te ti to va ve vi";

	private static final String ARABIC_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";

	private static final String[] SYLLABLES = LATIN_SYLLABLES.split(" ");

	private static final long SEED_MIX = 0x9E3779B97F4A7C15L;

	private final long seed;

	private final Random sequence;

	public NewsCorpus(long seed) {
		this.seed = seed;
		this.sequence = new Random(seed);
	}

	/** A tag with its name in each language. */
	public record Tag(String slug, String en, String fr, String ar) {

		public String name(String locale) {
			return switch (locale) {
				case "ar" -> this.ar;
				case "en" -> this.en;
				default -> this.fr;
			};
		}

	}

	/** The same headline in each language. */
	public record Headline(String en, String fr, String ar) {

		public String in(String locale) {
			return switch (locale) {
				case "ar" -> this.ar;
				case "en" -> this.en;
				default -> this.fr;
			};
		}

	}

	/** A story's text in one language; the body is Markdown. */
	public record Translation(String locale, String title, String body) {
	}

	/** A story: its translations and the slugs of its tags. */
	public record Story(List<Translation> translations, List<String> tags) {
	}

	/**
	 * The words of {@code locale} that are common in the long-tail stories, and which
	 * queries use.
	 */
	public static List<String> commonWords(String locale) {
		return switch (locale) {
			case "ar" -> AR;
			case "en" -> EN;
			default -> FR;
		};
	}

	/**
	 * The headline of story {@code i}: distinct for each {@code i} below 20,736, the
	 * later ones numbered " (2)", " (3)"...
	 */
	public static Headline headline(int i) {
		String suffix = (i >= 20_736) ? " (" + (i / 20_736 + 1) + ")" : "";
		String[] subject = SUBJECTS[i % 12];
		String[] verb = VERBS[(i / 12) % 12];
		String[] object = OBJECTS[(i / 144) % 12];
		String[] place = PLACES[placeIndex(i)];
		String en = subject[0] + " " + verb[0] + " " + object[0] + " in " + place[0];
		String fr = subject[1] + " " + verb[1] + " " + object[1] + " à " + place[1];
		String arabicVerb = subject[3].equals("f") ? verb[3] : verb[2];
		String ar = subject[2] + " " + arabicVerb + " " + object[2] + " في " + place[2];
		return new Headline(en + suffix, fr + suffix, ar + suffix);
	}

	/** Story {@code i} in fr, ar and en (in that order), with three tags. */
	public Story story(int i) {
		Random random = new Random(this.seed * SEED_MIX + i);
		Headline headline = headline(i);
		int tag = random.nextInt(TAGS.size());
		List<String> tags = List.of(TAGS.get(tag).slug(), TAGS.get((tag + 1 + random.nextInt(20)) % TAGS.size()).slug(),
				TAGS.get((tag + 21 + random.nextInt(20)) % TAGS.size()).slug());
		long bodySeed = random.nextLong();
		List<Translation> translations = new ArrayList<>();
		for (String locale : List.of("fr", "ar", "en")) {
			int column = column(locale);
			String title = headline.in(locale);
			String body = markdownBody(locale, title, SUBJECTS[i % 12][column], OBJECTS[(i / 144) % 12][column],
					PLACES[placeIndex(i)][column], TAGS.get(tag).name(locale), new Random(bodySeed)) + "\n\n"
					+ REFERENCE_LABELS.get(locale) + " " + reference(i);
			translations.add(new Translation(locale, title, body));
		}
		return new Story(translations, tags);
	}

	/**
	 * The reference of story {@code i}, the last line of its bodies: a made-up word that
	 * no other story has (for {@code i} below 4,100,625), so that a query for it and a
	 * word of the story finds that story alone.
	 */
	public static String reference(int i) {
		StringBuilder word = new StringBuilder("re");
		int rest = i;
		for (int syllable = 0; syllable < 4; syllable++) {
			word.append(SYLLABLES[rest % SYLLABLES.length]);
			rest /= SYLLABLES.length;
		}
		return word.toString();
	}

	/** The French city of story {@code i}'s headline. */
	public static String city(int i) {
		return PLACES[placeIndex(i)][1];
	}

	private static final Map<String, String> REFERENCE_LABELS = Map.of("fr", "Réf.", "ar", "مرجع", "en", "Ref.");

	/**
	 * The next long-tail story, numbered {@code i}: its first language is
	 * {@code LOCALES[i % 3]}, and its titles end with {@code i}.
	 */
	public Story longTailStory(int i) {
		int variants = 1 + this.sequence.nextInt(3);
		List<Translation> translations = new ArrayList<>();
		for (int v = 0; v < variants; v++) {
			String locale = LOCALES.get((i + v) % LOCALES.size());
			String title = sentence(locale, 5, 9) + " " + i;
			translations.add(new Translation(locale, title, prose(locale, 2000)));
		}
		return new Story(translations, List.of());
	}

	/** The next of the common words of {@code locale}. */
	public String commonWord(String locale) {
		List<String> words = commonWords(locale);
		return words.get(this.sequence.nextInt(words.size()));
	}

	/**
	 * A French reader comment on story {@code i}, the {@code n}th: distinct for distinct
	 * ({@code i}, {@code n}).
	 */
	public static String comment(int i, int n, Random random) {
		String city = PLACES[placeIndex(i)][1];
		return COMMENT_OPENINGS[n % COMMENT_OPENINGS.length] + " " + pick(COMMENT_MIDDLES, random).replace("{C}", city)
				+ " " + pick(COMMENT_CLOSINGS, random) + " (lecteur depuis " + (2 + (i * 7 + n) % 23)
				+ " ans, article n° " + (i + 1) + ", message " + (n + 1) + ")";
	}

	private static int column(String locale) {
		return switch (locale) {
			case "ar" -> 2;
			case "en" -> 0;
			default -> 1;
		};
	}

	/**
	 * The place of headline i: varies with i, and with the other three parts picks a
	 * distinct headline.
	 */
	private static int placeIndex(int i) {
		int r = i % 1728;
		return (i / 1728 + r * 5 + (r / 12) * 7 + (r / 144) * 11) % 12;
	}

	private static String markdownBody(String locale, String title, String subject, String object, String city,
			String tagName, Random random) {
		String[] sentences = SENTENCES.get(locale);
		StringBuilder body = new StringBuilder();
		body.append("**").append(city).append("** — ").append(title).append(". ");
		appendSentences(body, sentences, 2, random, subject, object, city, tagName);
		body.append("\n\n");
		appendSentences(body, sentences, 3, random, subject, object, city, tagName);
		body.append("\n\n## ").append(pick(HEADINGS.get(locale), random)).append("\n\n");
		appendSentences(body, sentences, 3, random, subject, object, city, tagName);
		body.append("\n\n");
		for (String bullet : BULLETS.get(locale)) {
			body.append("- ").append(fill(bullet, random, subject, object, city, tagName)).append('\n');
		}
		body.append('\n').append(pick(QUOTES.get(locale), random)).append("\n\n");
		while (body.length() < 2000) {
			appendSentences(body, sentences, 3, random, subject, object, city, tagName);
			body.append("\n\n");
		}
		return body.toString().strip();
	}

	private static void appendSentences(StringBuilder body, String[] sentences, int count, Random random,
			String subject, String object, String city, String tagName) {
		for (int k = 0; k < count; k++) {
			body.append(fill(pick(sentences, random), random, subject, object, city, tagName)).append(' ');
		}
		body.setLength(body.length() - 1);
	}

	private static String fill(String template, Random random, String subject, String object, String city,
			String tagName) {
		return template.replace("{S}", subject)
			.replace("{O}", object)
			.replace("{C}", city)
			.replace("{T}", tagName)
			.replace("{N}", Integer.toString(20 + random.nextInt(980)))
			.replace("{P}", Integer.toString(2 + random.nextInt(40)))
			.replace("{Y}", Integer.toString(2026 + random.nextInt(4)));
	}

	private static String pick(String[] values, Random random) {
		return values[random.nextInt(values.length)];
	}

	/**
	 * Sentences of the long-tail stories until the text is at least
	 * {@code approximateBytes} of UTF-8.
	 */
	private String prose(String locale, int approximateBytes) {
		StringBuilder body = new StringBuilder();
		int bytes = 0;
		while (bytes < approximateBytes) {
			String sentence = sentence(locale, 8, 16);
			body.append(sentence);
			String separator = (body.length() % 3 == 0) ? "\n\n" : " ";
			body.append(separator);
			bytes += sentence.getBytes(StandardCharsets.UTF_8).length + separator.length();
		}
		return body.toString();
	}

	private String sentence(String locale, int minWords, int maxWords) {
		int count = minWords + this.sequence.nextInt(maxWords - minWords + 1);
		List<String> glue = glue(locale);
		List<String> common = commonWords(locale);
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			if (i % 2 == 1) {
				parts.add(glue.get(this.sequence.nextInt(glue.size())));
			}
			else if (this.sequence.nextInt(10) == 0) {
				parts.add(common.get(this.sequence.nextInt(common.size())));
			}
			else {
				parts.add(rareWord(locale));
			}
		}
		String text = String.join(" ", parts);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
	}

	private static List<String> glue(String locale) {
		return switch (locale) {
			case "ar" -> AR_GLUE;
			case "en" -> EN_GLUE;
			default -> FR_GLUE;
		};
	}

	/**
	 * One of about 20,000 rare words of {@code locale}, so that each appears in few
	 * stories.
	 */
	private String rareWord(String locale) {
		int id = this.sequence.nextInt(20_000);
		StringBuilder word = new StringBuilder();
		if (locale.equals("ar")) {
			for (int i = 0, n = id; i < 4; i++, n /= ARABIC_LETTERS.length()) {
				word.append(ARABIC_LETTERS.charAt(n % ARABIC_LETTERS.length()));
			}
			return word.toString();
		}
		for (int i = 0, n = id; i < 3; i++, n /= SYLLABLES.length) {
			word.append(SYLLABLES[n % SYLLABLES.length]);
		}
		return word.append("x").toString();
	}

}
