/*
 * Load generator of the HTTP benchmark (bench/run.sh starts the service and runs this once per service start).
 *
 * Method
 *  1. Seed through the public GraphQL API (POST /graphql, admin bearer token for editorial mutations):
 *     50 tags named in ar/fr/en, N articles with an ar, fr and en translation each (the stories of the tests'
 *     NewsCorpus: about 2 KB of news-like Markdown per translation, unique titles, 3 tags), each published, then
 *     10 comments (--comments) per article through the public flow (commentChallenge(locale: "fr") -> solve the spelled-out prompt with the tests' ChallengeSolver -> addComment).
 *     A pool of 20 commenters has one comment approved by a moderator first, so that the seeded comments are
 *     auto-approved and show up in commentCount, as on a live site. Any seeding failure exits with status 2.
 *  2. JIT warm-up, once (--jit-warmup=300 seconds at most, 0 for none): the selected read scenarios (never
 *     comment-post, which writes, nor search, whose requests outlast a slice on a large collection) take turns in 2 s slices with the driver and connections of the measured runs,
 *     until the service's JIT has settled: its compiler threads were busy at most 5% of the time (compile time from
 *     `jcmd PID PerfCounter.print`, java.ci.totalTime; --service-pid; jcmd next to this JVM's java) between 5
 *     checks in a row, one check per slice. Without a PID or a working
 *     jcmd it is a plain warm-up of --jit-warmup seconds. Progress and the outcome are printed; its requests are
 *     in no result, and more than 10 failures are reported with the first error.
 *  3. For each scenario: a warm-up (results discarded), then a measured run of fixed duration, both with
 *     `concurrency` connections that each issue requests back to back (HTTP/1.1 keep-alive, request timeout).
 *     With --driver=wrk (the default when wrk is installed) the read scenarios run in wrk with a generated Lua
 *     script, which leaves more of a shared machine to the service; otherwise, and always for comment-post
 *     (it solves each challenge), `concurrency` Java threads share one java.net.http.HttpClient. Latency is
 *     measured per request (per challenge+post pair for comment-post) from send to fully read body. A request is
 *     an error when its status is neither 2xx nor 304, when the GraphQL body has "errors", or when it fails
 *     (timeout, connection reset...).
 *  4. MongoDB commands per request: /actuator/prometheus is scraped before and after the measured run, and the
 *     delta of the sum of all mongodb_driver_commands_seconds_count samples is divided by the number of
 *     measured requests ("n/a" when the service exposes no such metric).
 *  5. Service CPU per request (wrk runs, in the notes): the service process's user + system time from
 *     /proc/<service-pid>/stat before and after the measured run, divided by the measured requests; on a shared
 *     machine it moves much less than the throughput does when other tenants take CPU time.
 *
 * Usage (see bench/run.sh):
 *   java -cp <runtime classpath>:target/test-classes bench/LoadGenerator.java --url=http://127.0.0.1:PORT --articles=1000
 *       [--cache=on] [--warmup=5] [--duration=15] [--concurrency=16] [--seed-threads=4] [--timeout=30] [--comments=10]
 *       [--jit-warmup=300] [--service-pid=PID]
 *       [--scenarios=headlines,headlines-persisted-get,article-by-slug,search,comment-post]
 *       [--driver=auto|wrk|java] [--results=file.tsv]   (one tab-separated line per scenario is appended for the summary table)
 */

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.newsroom.contentapi.bench.BulkArticles;
import com.newsroom.contentapi.bench.NewsCorpus;
import com.newsroom.contentapi.comment.ChallengeSolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

public class LoadGenerator {

	static final ObjectMapper JSON = JsonMapper.builder().build();

	/** A top-level "errors" member (an escaped \"errors\" inside a string value does not match). */
	static final Pattern GRAPHQL_ERRORS = Pattern.compile("(?<!\\\\)\"errors\"\\s*:");

	static final String ADMIN_TOKEN = "bench-admin-token-0123456789abcdef";

	static final String COMMENT_LOCALE = "fr";

	/** The seed of the seeded stories (NewsCorpus.story). */
	static final long CORPUS_SEED = 0;

	// --- Queries of the scenarios ---------------------------------------------------------------------------

	static final String HEADLINES = "{ articles(first: 20) { edges { node { title slug excerpt publishedAt tags { name slug } commentCount } } } }";

	/** Headlines as a news front-end shows them: with bylines and sections (issue 15). */
	static final String NEWSROOM_HEADLINES = "{ articles(first: 20) { edges { node { title slug excerpt publishedAt tags { name slug } commentCount authors { name slug } section { name slug } featuredImage { url(width: 640) alt } } } } }";

	/** Featured images seeded (1600 × 900 JPEGs, alt text in Arabic and French); article i shows image i % SEEDED_IMAGES. */
	static final int SEEDED_IMAGES = 6;

	/** 12-megapixel JPEGs uploaded by the image-upload scenario (and, untimed, before image-first-rendition). */
	static final int PHOTO_UPLOADS = 8;

	/** The labels of a page, as a front-end asks for them with every page (an Arabic page in a French interface). */
	static final String SITE_LABELS = "{ site(locale: \"ar\") { name direction labels { key value locale direction } } }";

	static final String UPDATE_IMAGE = "mutation($id: ID!, $input: UpdateImageInput!) { updateImage(id: $id, input: $input) { id } }";

	/** The seeded authors (slug, Arabic name, French name); each article credits one or two. */
	static final List<String[]> AUTHORS = List.of(new String[] { "salma-bennani", "سلمى بناني", "Salma Bennani" },
			new String[] { "youssef-alaoui", "يوسف العلوي", "Youssef Alaoui" },
			new String[] { "nadia-tazi", "نادية التازي", "Nadia Tazi" },
			new String[] { "karim-idrissi", "كريم الإدريسي", "Karim Idrissi" },
			new String[] { "amina-fassi", "أمينة الفاسي", "Amina Fassi" },
			new String[] { "omar-berrada", "عمر برادة", "Omar Berrada" });

	/** The seeded sections (slug, parent slug or empty, Arabic name, French name). */
	static final List<String[]> SECTIONS = List.of(new String[] { "politique", "", "سياسة", "Politique" },
			new String[] { "maroc", "politique", "المغرب", "Maroc" },
			new String[] { "international", "politique", "دولي", "International" },
			new String[] { "economie", "", "اقتصاد", "Économie" },
			new String[] { "culture", "", "ثقافة", "Culture" },
			new String[] { "sport", "", "رياضة", "Sport" });

	/** The headlines query as an automatic persisted query: its extensions and the GET path by hash alone. */
	static final String PERSISTED_HEADLINES_EXTENSIONS = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
			+ sha256Hex(HEADLINES) + "\"}}";

	static final String PERSISTED_HEADLINES_PATH = "/graphql?extensions="
			+ URLEncoder.encode(PERSISTED_HEADLINES_EXTENSIONS, StandardCharsets.UTF_8);

	static final String ARTICLE_BY_SLUG = "query($slug: String!) { article(slug: $slug, locale: \"fr\") { title body { html } tags { name slug } } }";

	static final String SEARCH = "query($q: String!) { search(query: $q, first: 10) { totalCount edges { score highlights node { title slug } } } }";

	static final String CHALLENGE = "{ commentChallenge(locale: \"" + COMMENT_LOCALE + "\") { token prompt } }";

	static final String ADD_COMMENT = "mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } status } }";

	/** One or two words of the seeded vocabulary in the three languages: mostly common ones, a few rarer. */
	static final List<String> SEARCH_QUERIES = List.of("gouvernement", "réforme budget", "investissement", "government",
			"budget reform", "investment", "الحكومة", "الميزانية", "retraites", "Marrakech", "electricity", "طنجة");

	static final List<String> ALL_SCENARIOS = List.of("headlines", "headlines-newsroom", "headlines-persisted-get", "article-by-slug", "search",
			"search-common", "search-rare", "search-suggest", "article-related", "comment-post", "image-rendition",
			"image-upload", "image-first-rendition", "feed", "site-labels");

	/** A word every seeded article contains (in its French body), the first 10 of all hits. */
	static final String COMMON_WORD = "gouvernement";

	/** Queries of the search-rare scenario: each a story's reference word and its city, which that story alone has. */
	static final int RARE_QUERIES = 200;

	static final String SUGGEST = "query($p: String!) { searchSuggestions(prefix: $p, locale: \"fr\") { title slug } }";

	/** What a reader types into a search box, one keystroke at a time. */
	static final List<String> SUGGEST_PREFIXES = List.of("go", "gou", "gouv", "réf", "réfo", "inv", "inve", "الح", "الحك",
			"Mar", "Marr", "ele");

	static final String ARTICLE_RELATED = "query($slug: String!) { article(slug: $slug, locale: \"fr\") { title related(first: 5) { title slug } } }";

	// --- Options ----------------------------------------------------------------------------------------------

	final URI base;

	final int articleCount;

	final String cache;

	final Duration warmup;

	final Duration duration;

	/** At most this long for the JIT warm-up (0: none). */
	final Duration jitWarmup;

	/** The service's process, whose compile time the JIT warm-up watches; null when not given. */
	final Long servicePid;

	final Duration timeout;

	final int concurrency;

	final int seedThreads;

	final int commentsPerArticle;

	/** At most this many articles are seeded through the API; the rest are bulk copies of them (--mongo-uri). */
	final int apiArticles;

	/** The embedded store of the service, for the bulk copies; null when not given. */
	final String mongoUri;

	final List<String> scenarios;

	final Path resultsFile;

	final HttpClient http;

	/** wrk drives the read scenarios when it is installed (or --driver=wrk); comment-post always runs here. */
	final boolean wrk;

	// --- Seeded state -----------------------------------------------------------------------------------------

	String[] articleIds;

	String[] frSlugs;

	String[] imageIds = new String[0];

	/** Ids of the 12-megapixel photos uploaded by image-upload, whose first renditions image-first-rendition times. */
	List<String> photoIds = new ArrayList<>();

	LoadGenerator(Map<String, String> options) {
		this.base = URI.create(required(options, "url"));
		this.articleCount = Integer.parseInt(required(options, "articles"));
		this.cache = options.getOrDefault("cache", "?");
		this.warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "5")));
		this.duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "15")));
		this.jitWarmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("jit-warmup", "300")));
		this.servicePid = options.containsKey("service-pid") ? Long.valueOf(options.get("service-pid")) : null;
		this.timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "30")));
		this.concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
		this.seedThreads = Integer.parseInt(options.getOrDefault("seed-threads", "4"));
		this.commentsPerArticle = Integer.parseInt(options.getOrDefault("comments", "10"));
		this.apiArticles = Integer.parseInt(options.getOrDefault("api-articles", "10000"));
		this.mongoUri = options.get("mongo-uri");
		this.scenarios = Arrays.stream(options.getOrDefault("scenarios", String.join(",", ALL_SCENARIOS)).split(","))
			.map(String::strip)
			.toList();
		this.resultsFile = options.containsKey("results") ? Path.of(options.get("results")) : null;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String driver = options.getOrDefault("driver", "auto");
		this.wrk = switch (driver) {
			case "wrk" -> true;
			case "java" -> false;
			case "auto" -> Wrk.installed();
			default -> throw new IllegalArgumentException("--driver is auto, wrk or java, not " + driver);
		};
	}

	public static void main(String[] args) throws Exception {
		// Drop idle pooled connections before the server does (Tomcat: 60 s), so none is reused after it closed.
		System.setProperty("jdk.httpclient.keepalive.timeout", System.getProperty("jdk.httpclient.keepalive.timeout", "20"));
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				System.err.println("unexpected argument " + arg + " (expected --name=value)");
				System.exit(64);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		LoadGenerator generator = new LoadGenerator(options);
		try {
			generator.seed();
		}
		catch (Exception ex) {
			System.err.println("SEEDING FAILED: " + ex.getMessage());
			System.exit(2);
		}
		generator.warmUpJit();
		for (String scenario : generator.scenarios) {
			generator.report(generator.runScenario(scenario));
		}
		System.exit(0);
	}

	// =========================================================================================================
	// Seeding
	// =========================================================================================================

	void seed() throws Exception {
		long start = System.nanoTime();
		NewsCorpus corpus = new NewsCorpus(CORPUS_SEED);
		for (NewsCorpus.Tag tag : NewsCorpus.TAGS) {
			gql("mutation($input: CreateTagInput!) { createTag(input: $input) { id } }",
					map("input", map("slug", tag.slug(), "names", List.of(map("locale", "en", "name", tag.en()),
							map("locale", "fr", "name", tag.fr()), map("locale", "ar", "name", tag.ar())))),
					true, "createTag " + tag.slug());
		}
		for (String[] author : AUTHORS) {
			gql("mutation($input: CreateAuthorInput!) { createAuthor(input: $input) { id } }",
					map("input", map("slug", author[0], "profiles", List.of(map("locale", "ar", "name", author[1]),
							map("locale", "fr", "name", author[2])))),
					true, "createAuthor " + author[0]);
		}
		for (String[] section : SECTIONS) {
			Map<String, Object> input = map("slug", section[0], "names",
					List.of(map("locale", "ar", "name", section[2]), map("locale", "fr", "name", section[3])));
			if (!section[1].isEmpty()) {
				input.put("parent", section[1]);
			}
			gql("mutation($input: CreateSectionInput!) { createSection(input: $input) { id } }", map("input", input),
					true, "createSection " + section[0]);
		}
		this.imageIds = new String[SEEDED_IMAGES];
		for (int i = 0; i < SEEDED_IMAGES; i++) {
			String id = uploadImage(photo(1600, 900, i), "upload image #" + i).path("id").asString();
			gql(UPDATE_IMAGE, map("id", id, "input", map("texts", List.of(map("locale", "ar", "alt", "صورة من الأرشيف " + i),
					map("locale", "fr", "alt", "Photo d'archives " + i)))), true, "updateImage #" + i);
			this.imageIds[i] = id;
		}
		gql("mutation($labels: [LabelInput!]!) { setLabels(locale: \"fr\", labels: $labels) { key } }",
				map("labels", List.of(map("key", "share", "value", "Partager"), map("key", "postComment", "value",
						"Poster un Commentaire"), map("key", "commentNotice", "value",
						"Ce site utilise Akismet pour réduire les indésirables."), map("key", "readMore", "value",
						"Lire la suite"))), true, "setLabels fr");
		gql("mutation($labels: [LabelInput!]!) { setLabels(locale: \"ar\", labels: $labels) { key } }",
				map("labels", List.of(map("key", "share", "value", "مشاركة"), map("key", "readMore", "value", "اقرأ المزيد"))),
				true, "setLabels ar");
		long tagsDone = System.nanoTime();

		int throughApi = Math.min(this.articleCount, this.apiArticles);
		if (throughApi < this.articleCount && this.mongoUri == null) {
			throw new IllegalStateException("more than --api-articles articles need --mongo-uri for the bulk copies");
		}
		this.articleIds = new String[throughApi];
		this.frSlugs = new String[this.articleCount];
		parallel("articles (create + publish)", throughApi, i -> {
			JsonNode created = gql(
					"mutation($input: CreateArticleInput!) { createArticle(input: $input) { id translations { locale slug } } }",
					map("input", articleInput(corpus.story(i), i, this.imageIds[i % SEEDED_IMAGES])), true,
					"createArticle #" + i).path("createArticle");
			String id = created.path("id").asString();
			for (JsonNode link : created.path("translations")) {
				if (link.path("locale").asString().equals("fr")) {
					this.frSlugs[i] = link.path("slug").asString();
				}
			}
			if (id.isEmpty() || this.frSlugs[i] == null) {
				throw new IllegalStateException("createArticle #" + i + " returned no id or no fr slug: " + created);
			}
			gql("mutation($id: ID!) { publishArticle(id: $id) { status } }", map("id", id), true, "publishArticle #" + i);
			this.articleIds[i] = id;
		});
		long articlesDone = System.nanoTime();

		// One approved comment per commenter, so that their later comments are auto-approved (known authors).
		for (int a = 0; a < NewsCorpus.AUTHORS.size(); a++) {
			JsonNode added = postComment(this.articleIds[0], a, "Premier commentaire de " + NewsCorpus.AUTHORS.get(a)
					+ " : merci pour ce suivi de l'actualité, je lis vos articles chaque matin.");
			gql("mutation($id: ID!) { moderateComment(id: $id, status: APPROVED) { status } }",
					map("id", added.path("comment").path("id").asString()), true, "moderateComment");
		}
		AtomicInteger approved = new AtomicInteger();
		parallel("comments", throughApi, i -> {
			Random random = new Random(i * 31L + 7);
			for (int c = 0; c < this.commentsPerArticle; c++) {
				JsonNode added = postComment(this.articleIds[i], random.nextInt(NewsCorpus.AUTHORS.size()),
						NewsCorpus.comment(i, c, random));
				if ("APPROVED".equals(added.path("status").asString())) {
					approved.incrementAndGet();
				}
			}
		});
		long commentsDone = System.nanoTime();
		if (throughApi < this.articleCount) {
			String[] copied = BulkArticles.copy(this.mongoUri, corpus, throughApi, this.articleCount);
			System.arraycopy(copied, 0, this.frSlugs, throughApi, copied.length);
		}
		long bulkDone = System.nanoTime();
		System.out.printf(Locale.ROOT,
				"seeded %d tags, %d articles x 3 locales (%d through the API, %d bulk copies), %d comments (%d approved) in %.1f s "
						+ "(tags %.1f s, articles %.1f s, comments %.1f s, bulk copies %.1f s; %d seeding threads)%n",
				NewsCorpus.TAGS.size(), this.articleCount, throughApi, this.articleCount - throughApi,
				throughApi * this.commentsPerArticle, approved.get(), seconds(bulkDone - start),
				seconds(tagsDone - start), seconds(articlesDone - tagsDone), seconds(commentsDone - articlesDone),
				seconds(bulkDone - commentsDone), this.seedThreads);
		measureSearchRebuild();
		checkSearchWords();
	}

	/**
	 * Rebuilds the search index through reindexSearch and reports how long it took and its
	 * size (a service without it, before issue 14, is skipped).
	 */
	void measureSearchRebuild() throws Exception {
		try {
			reportSearchRebuild();
		}
		catch (Exception ex) {
			System.out.println("search index: not measured (" + ex.getMessage() + ")");
		}
	}

	void reportSearchRebuild() throws Exception {
		String status = "{ searchIndex { articles sizeBytes rebuild rebuildStartedAt rebuildFinishedAt } }";
		gql(status, Map.of(), true, "searchIndex");
		JsonNode started = gql("mutation { reindexSearch }", Map.of(), true, "reindexSearch");
		JsonNode index = null;
		for (int i = 0; i < 6000; i++) {
			index = gql(status, Map.of(), true, "searchIndex").path("searchIndex");
			if (!"RUNNING".equals(index.path("rebuild").asString())) {
				break;
			}
			Thread.sleep(100);
		}
		if (index == null || index.isMissingNode()) {
			return;
		}
		long millis = java.time.Duration.between(java.time.Instant.parse(index.path("rebuildStartedAt").asString()),
				java.time.Instant.parse(index.path("rebuildFinishedAt").asString())).toMillis();
		System.out.printf(Locale.ROOT, "search index: rebuilt %d articles in %.1f s; %.1f MB (%s)%n",
				started.path("reindexSearch").asInt(), millis / 1000.0, index.path("sizeBytes").asDouble() / 1e6,
				index.path("rebuild").asString());
	}

	/** Prints how many articles each search query finds, so that a search scenario on nothing is noticed. */
	void checkSearchWords() throws Exception {
		StringBuilder line = new StringBuilder("search words (totalCount):");
		for (String q : SEARCH_QUERIES) {
			JsonNode found = gql(SEARCH, map("q", q), false, "search " + q);
			line.append(' ').append(q).append('=').append(found.path("search").path("totalCount").asInt());
		}
		String rare = NewsCorpus.reference(this.articleCount - 1) + " " + NewsCorpus.city(this.articleCount - 1);
		JsonNode found = gql(SEARCH, map("q", rare), false, "search " + rare);
		line.append("; the last story's reference and city (").append(rare).append(")=")
			.append(found.path("search").path("totalCount").asInt());
		System.out.println(line);
	}

	/** The createArticle input of a story. */
	static Map<String, Object> articleInput(NewsCorpus.Story story, int i, String featuredImage) {
		List<Map<String, Object>> translations = new ArrayList<>();
		for (NewsCorpus.Translation translation : story.translations()) {
			translations.add(map("locale", translation.locale(), "title", translation.title(), "body", translation.body()));
		}
		List<String> authors = (i % 3 == 0)
				? List.of(AUTHORS.get(i % AUTHORS.size())[0], AUTHORS.get((i + 1) % AUTHORS.size())[0])
				: List.of(AUTHORS.get(i % AUTHORS.size())[0]);
		return map("translations", translations, "tags", story.tags(), "authors", authors, "section",
				SECTIONS.get(i % SECTIONS.size())[0], "featuredImage", featuredImage);
	}

	/**
	 * A JPEG with a gradient and strong grain in each channel, which compresses about as badly as a phone's photograph
	 * (a 12-MP one is several MB); each seed gives other bytes (another image).
	 */
	static byte[] photo(int width, int height, long seed) throws IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		Random random = new Random(seed);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int rgb = ((x * 255 / width) << 16) | ((y * 255 / height) << 8) | (int) (seed * 40 % 256);
				image.setRGB(x, y, rgb ^ (random.nextInt(0x40) << 16 | random.nextInt(0x40) << 8 | random.nextInt(0x40)));
			}
		}
		java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "jpg", jpeg);
		return jpeg.toByteArray();
	}

	/** POST /images (multipart, as curl -F sends it) with the admin token; the response. */
	HttpResponse<String> sendUpload(byte[] jpeg) throws IOException, InterruptedException {
		String boundary = "bench-" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(this.base.resolve("/images"))
			.timeout(this.timeout)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Bearer " + ADMIN_TOKEN)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, jpeg, tail)))
			.build());
	}

	JsonNode uploadImage(byte[] jpeg, String step) throws Exception {
		HttpResponse<String> response = sendUpload(jpeg);
		if (response.statusCode() != 200 && response.statusCode() != 201) {
			throw new IllegalStateException(step + ": HTTP " + response.statusCode() + " " + abbreviate(response.body()));
		}
		return JSON.readTree(response.body());
	}

	/** The seeded image whose 640-px rendition image-rendition fetches. */
	String renditionPath() {
		return "/images/" + this.imageIds[0] + "/640.jpg";
	}

	/** commentChallenge -> solve -> addComment, as a reader's browser would; returns addComment's result. */
	JsonNode postComment(String articleId, int author, String body) throws Exception {
		JsonNode challenge = gql(CHALLENGE, null, false, "commentChallenge").path("commentChallenge");
		String answer = Integer.toString(ChallengeSolver.solve(challenge.path("prompt").asString(), COMMENT_LOCALE));
		return gql(ADD_COMMENT, map("input", commentInput(articleId, author, body, challenge.path("token").asString(), answer)),
				false, "addComment").path("addComment");
	}

	static Map<String, Object> commentInput(String articleId, int author, String body, String token, String answer) {
		return map("articleId", articleId, "authorName", NewsCorpus.AUTHORS.get(author), "authorEmail",
				NewsCorpus.AUTHORS.get(author).toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.ma", "body", body,
				"challengeToken", token, "challengeAnswer", answer);
	}

	/** Runs task(0..count-1) on the seeding threads; stops at the first failure and rethrows it. */
	void parallel(String what, int count, ThrowingIntConsumer task) throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		AtomicReference<Exception> failure = new AtomicReference<>();
		int step = Math.max(1, count / 10);
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(this.seedThreads, daemonThreads());
		for (int t = 0; t < this.seedThreads; t++) {
			pool.execute(() -> {
				for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
					try {
						task.accept(i);
					}
					catch (Exception ex) {
						failure.compareAndSet(null, ex);
					}
					int d = done.incrementAndGet();
					if (d % step == 0 && d < count) {
						System.out.printf(Locale.ROOT, "  seeding %s: %d/%d (%.0f s)%n", what, d, count,
								seconds(System.nanoTime() - start));
					}
				}
			});
		}
		pool.shutdown();
		while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
			// waiting; every request has a timeout, so this ends
		}
		if (failure.get() != null) {
			throw failure.get();
		}
	}

	/** A GraphQL request during seeding: anything but HTTP 200 without errors is an exception naming the step. */
	JsonNode gql(String query, Map<String, Object> variables, boolean admin, String step) throws Exception {
		String body = JSON.writeValueAsString(variables == null ? map("query", query) : map("query", query, "variables", variables));
		HttpResponse<String> response;
		try {
			response = this.http.send(post(body, admin), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IOException(step + ": " + ex, ex);
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException(step + ": HTTP " + response.statusCode() + " " + abbreviate(response.body()));
		}
		JsonNode root = JSON.readTree(response.body());
		if (root.has("errors") && !root.get("errors").isEmpty()) {
			throw new IllegalStateException(step + ": " + abbreviate(root.get("errors").toString()));
		}
		return root.path("data");
	}

	HttpRequest post(String body, boolean admin) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve("/graphql"))
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (admin) {
			request.header("Authorization", "Bearer " + ADMIN_TOKEN);
		}
		return request.build();
	}

	// =========================================================================================================
	// JIT warm-up
	// =========================================================================================================

	/** One slice of the JIT warm-up: one read scenario's requests, and one look at the compile time beside them. */
	static final Duration JIT_SLICE = Duration.ofSeconds(2);

	/**
	 * The JIT has settled when its compiler threads spent at most this share of the wall time compiling between
	 * JIT_QUIET_CHECKS checks in a row (about 10 s, in which each of the at most four read scenarios had a slice).
	 * Not 0: under load a few methods keep being compiled (recompilations after a deoptimisation, rarely taken
	 * branches). Measured on the 2-core machine: about 100% (one compiler thread) for minutes after seeding, 1-2% at
	 * steady state. The length of the compile queue is no such signal: Java 25 keeps it short while its throughput
	 * still doubles.
	 */
	static final double JIT_SETTLED_BUSY = 0.05;

	static final int JIT_QUIET_CHECKS = 5;

	/** A progress line every this many slices (about 10 s). */
	static final int JIT_PROGRESS_EVERY = 5;

	/** More failed warm-up requests than this are a warning with the first error (the count is always printed). */
	static final int JIT_TOLERATED_ERRORS = 10;

	/** The compilers' total time in ticks, and the ticks per second, in jcmd's PerfCounter.print output. */
	static final Pattern COMPILE_TICKS = Pattern.compile("(?m)^java\\.ci\\.totalTime=(\\d+)$");

	static final Pattern TICKS_PER_SECOND = Pattern.compile("(?m)^sun\\.os\\.hrt\\.frequency=(\\d+)$");

	/** What one slice of the JIT warm-up sent. */
	record Sent(long requests, long errors, String firstError) {
	}

	/** One read scenario's load in the JIT warm-up, by the driver of the measured runs. */
	interface Slice {

		Sent run(Duration length) throws Exception;

	}

	/**
	 * Once per service start, before the first scenario: brings the service's JIT to steady state, so that the
	 * measured runs do not measure a half-compiled service. After seeding, the C2 compiler of a 2-core machine is
	 * busy for minutes (uncached headlines went from 67 to 119 req/s over 2-3 minutes of load on Java 17, and from
	 * 150 to over 400 req/s over 4 minutes on Java 25), which a few seconds of per-scenario warm-up do not cover, and
	 * which would favour the scenarios that run last. The selected read scenarios take turns in JIT_SLICE slices
	 * with the measured runs' driver and connections (the Java driver thereby warms up this JVM too), while
	 * {@code jcmd PID PerfCounter.print} reads the service's total compile time once per slice, until the compilers
	 * have been nearly idle (JIT_SETTLED_BUSY) between JIT_QUIET_CHECKS checks in a row or --jit-warmup seconds have
	 * passed. Without a PID, or when jcmd (next to this JVM's java) is missing or cannot attach, it is a plain
	 * warm-up of --jit-warmup seconds. Its requests are in no result; their errors are counted and reported.
	 * Left out: comment-post, which writes, and search, whose ranking aggregations take longer than a slice at
	 * 10,000 articles and would still be queued in the store when the first measured scenario starts (at that
	 * size headlines measured 0 req/s behind them); search warms up in its own warm-up.
	 */
	void warmUpJit() throws Exception {
		if (this.jitWarmup.isZero()) {
			System.out.println("JIT warm-up: off (--jit-warmup=0)");
			return;
		}
		List<String> names = new ArrayList<>();
		List<Slice> slices = new ArrayList<>();
		for (String scenario : this.scenarios) {
			if (!scenario.equals("comment-post") && !scenario.startsWith("search") && !scenario.equals("article-related")
					&& !scenario.startsWith("image-")) {
				try {
					slices.add(slice(scenario));
					names.add(scenario);
				}
				catch (Unsupported ex) {
					// left out here; the scenario's own line reports it
				}
			}
		}
		if (slices.isEmpty()) {
			System.out.println("JIT warm-up: skipped (no read scenario but search selected)");
			return;
		}
		long limit = this.jitWarmup.toSeconds();
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		String noCounters = (this.servicePid == null) ? "no --service-pid"
				: !Files.isExecutable(jcmd) ? jcmd + " not found" : null;
		System.out.printf(Locale.ROOT, "JIT warm-up: %s in turn, %d s each, %d connections, %s%n", String.join(", ", names),
				JIT_SLICE.toSeconds(), this.concurrency, (noCounters == null)
						? String.format(Locale.ROOT, "until the compilers are busy at most %.0f%% of the time between %d checks in a row (jcmd %d PerfCounter.print), at most %d s",
								100 * JIT_SETTLED_BUSY, JIT_QUIET_CHECKS, this.servicePid, limit)
						: "for " + limit + " s (plain timed warm-up: " + noCounters + ")");
		Path countersFile = Files.createTempFile("bench-jit-counters-", ".txt");
		countersFile.toFile().deleteOnExit();
		long start = System.nanoTime();
		long end = start + this.jitWarmup.toNanos();
		long requests = 0;
		long errors = 0;
		String firstError = null;
		double busy = Double.NaN;
		double compiledSeconds = Double.NaN;
		long checkedAt = 0;
		int quietChecks = 0;
		long progressRequests = 0;
		long progressAt = start;
		for (int slice = 0; System.nanoTime() < end && quietChecks < JIT_QUIET_CHECKS; slice++) {
			long checkStart = System.nanoTime();
			Process check = (noCounters == null) ? startCompilerCheck(jcmd, this.servicePid, countersFile) : null;
			long left = TimeUnit.NANOSECONDS.toSeconds(end - System.nanoTime() + 999_999_999);
			Sent sent = slices.get(slice % slices.size())
				.run(Duration.ofSeconds(Math.max(1, Math.min(JIT_SLICE.toSeconds(), left))));
			requests += sent.requests();
			errors += sent.errors();
			firstError = (firstError != null) ? firstError : sent.firstError();
			if (check != null) {
				try {
					double compiled = compileSeconds(check, countersFile);
					if (!Double.isNaN(compiledSeconds)) {
						busy = (compiled - compiledSeconds) / seconds(checkStart - checkedAt);
						quietChecks = (busy <= JIT_SETTLED_BUSY) ? quietChecks + 1 : 0;
					}
					compiledSeconds = compiled;
					checkedAt = checkStart;
				}
				catch (IllegalStateException ex) {
					noCounters = ex.getMessage();
					System.out.println("  JIT warm-up: cannot read the compile time (" + noCounters + "); plain timed warm-up up to "
							+ limit + " s");
				}
			}
			if (slice % JIT_PROGRESS_EVERY == 0) {
				long now = System.nanoTime();
				System.out.printf(Locale.ROOT, "  JIT warm-up %4.0f s: %s%.0f req/s, %d errors%n", seconds(now - start),
						(noCounters == null && !Double.isNaN(busy))
								? String.format(Locale.ROOT, "compilers busy %.0f%%, ", 100 * busy) : "",
						(requests - progressRequests) / seconds(now - progressAt), errors);
				progressRequests = requests;
				progressAt = now;
			}
		}
		double elapsed = seconds(System.nanoTime() - start);
		String outcome = (quietChecks >= JIT_QUIET_CHECKS) ? String.format(Locale.ROOT, "JIT settled after %.0f s", elapsed)
				: (noCounters == null) ? String.format(Locale.ROOT, "JIT warm-up stopped at the %d s limit with the compilers busy %.0f%% of the time", limit, 100 * busy)
						: String.format(Locale.ROOT, "JIT warm-up: plain timed, %.0f s", elapsed);
		System.out.printf(Locale.ROOT, "%s (%d requests, %d errors)%n", outcome, requests, errors);
		if (errors > JIT_TOLERATED_ERRORS) {
			System.out.println("WARNING: " + errors + " of " + requests + " JIT warm-up requests failed; first error: " + firstError);
		}
	}

	Slice slice(String scenario) throws Exception {
		if (this.wrk) {
			Wrk wrk = new Wrk(this.base, this.concurrency, this.timeout, wrkPlan(scenario));
			return length -> {
				Wrk.Run run = wrk.run(length);
				return new Sent(run.requests(), run.errors(), (run.errors() > 0) ? run.output() : null);
			};
		}
		Op[] ops = ops(worker(scenario, new LongAdder()));
		return length -> {
			Phase phase = phase(ops, length);
			return new Sent(phase.requests(), phase.errors(), phase.firstError());
		};
	}

	/** Starts {@code jcmd PID PerfCounter.print} with its output to a file, so that it runs beside the next slice. */
	static Process startCompilerCheck(Path jcmd, long pid, Path output) throws IOException {
		return new ProcessBuilder(jcmd.toString(), Long.toString(pid), "PerfCounter.print").redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
	}

	/** Waits for a check of startCompilerCheck and reads the service's total compile time from its output. */
	static double compileSeconds(Process jcmd, Path output) throws IOException, InterruptedException {
		if (!jcmd.waitFor(30, TimeUnit.SECONDS)) {
			jcmd.destroyForcibly();
			throw new IllegalStateException("jcmd did not answer in 30 s");
		}
		String text = Files.readString(output, StandardCharsets.UTF_8);
		Matcher ticks = COMPILE_TICKS.matcher(text);
		Matcher perSecond = TICKS_PER_SECOND.matcher(text);
		if (jcmd.exitValue() != 0 || !ticks.find() || !perSecond.find()) {
			String reason = text.strip().replaceFirst("^\\d+:\\s*", "").lines().findFirst().orElse("no output");
			throw new IllegalStateException("jcmd exited with " + jcmd.exitValue() + " without java.ci.totalTime: " + abbreviate(reason));
		}
		return Double.parseDouble(ticks.group(1)) / Double.parseDouble(perSecond.group(1));
	}

	// =========================================================================================================
	// Scenarios
	// =========================================================================================================

	/** What one worker does once; returns null on success or a short description of the error. */
	interface Op {

		String call() throws Exception;

	}

	/** One scenario's measured run; latencies in milliseconds ("-" when nothing was measured). */
	record Result(String scenario, long requests, long errors, double seconds, String p50, String p90, String p99,
			Double commandsPerRequest, String note, String firstError) {

		static Result unsupported(String scenario, String problem) {
			return new Result(scenario, 0, 0, 0, "-", "-", "-", null, "unsupported: " + problem, null);
		}

	}

	/** A scenario the service does not offer (persisted queries, ETags): reported as unsupported, not run. */
	static final class Unsupported extends Exception {

		Unsupported(String problem) {
			super(problem, null, false, false);
		}

	}

	Result runScenario(String scenario) throws Exception {
		try {
			if (scenario.equals("image-upload")) {
				return runPhotoUploads();
			}
			if (scenario.equals("image-first-rendition")) {
				return runFirstRenditions();
			}
			return (this.wrk && !scenario.equals("comment-post")) ? runWithWrk(scenario) : runWithJava(scenario);
		}
		catch (Unsupported ex) {
			return Result.unsupported(scenario, ex.getMessage());
		}
	}

	/**
	 * PHOTO_UPLOADS different 12-megapixel JPEGs uploaded by two editors at once (the files are made before the
	 * clock starts): uploads per second and MB per second; latencies are the uploads'.
	 */
	Result runPhotoUploads() throws Exception {
		List<byte[]> photos = new ArrayList<>();
		for (int i = 0; i < PHOTO_UPLOADS; i++) {
			photos.add(photo(4000, 3000, 1_000 + i + System.nanoTime() % 1_000_000 * 10));
		}
		long bytes = photos.stream().mapToLong(photo -> photo.length).sum();
		long[] nanos = new long[PHOTO_UPLOADS];
		AtomicInteger errors = new AtomicInteger();
		List<String> firstError = new java.util.concurrent.CopyOnWriteArrayList<>();
		List<String> ids = new java.util.concurrent.CopyOnWriteArrayList<>();
		AtomicInteger next = new AtomicInteger();
		long start = System.nanoTime();
		Thread[] editors = new Thread[2];
		for (int e = 0; e < editors.length; e++) {
			editors[e] = new Thread(() -> {
				for (int i = next.getAndIncrement(); i < PHOTO_UPLOADS; i = next.getAndIncrement()) {
					long sent = System.nanoTime();
					try {
						HttpResponse<String> response = sendUpload(photos.get(i));
						nanos[i] = System.nanoTime() - sent;
						if (response.statusCode() == 201) {
							ids.add(JSON.readTree(response.body()).path("id").asString());
						}
						else {
							errors.incrementAndGet();
							firstError.add("HTTP " + response.statusCode() + " " + abbreviate(response.body()));
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
						firstError.add(ex.toString());
					}
				}
			});
			editors[e].start();
		}
		for (Thread editor : editors) {
			editor.join();
		}
		double seconds = seconds(System.nanoTime() - start);
		this.photoIds = new ArrayList<>(ids);
		long[] sorted = java.util.Arrays.stream(nanos).sorted().toArray();
		return new Result("image-upload", PHOTO_UPLOADS, errors.get(), seconds, millis(sorted, 0.50), millis(sorted, 0.90),
				millis(sorted, 0.99), null,
				String.format(Locale.ROOT, "%.1f MB/s; 12-MP JPEGs of %.1f MB on average, 2 editors at once",
						bytes / 1e6 / seconds, bytes / 1e6 / PHOTO_UPLOADS),
				firstError.isEmpty() ? null : firstError.get(0));
	}

	/** The first 640-px rendition of each photo image-upload uploaded (uploaded here, untimed, if it did not run), one at a time. */
	Result runFirstRenditions() throws Exception {
		if (this.photoIds.isEmpty()) {
			for (int i = 0; i < PHOTO_UPLOADS; i++) {
				this.photoIds.add(uploadImage(photo(4000, 3000, 2_000 + i + System.nanoTime() % 1_000_000 * 10), "upload photo #" + i)
					.path("id").asString());
			}
		}
		long[] nanos = new long[this.photoIds.size()];
		int errors = 0;
		String firstError = null;
		long start = System.nanoTime();
		for (int i = 0; i < nanos.length; i++) {
			long sent = System.nanoTime();
			HttpResponse<byte[]> response = this.http.send(HttpRequest.newBuilder(this.base.resolve(
					"/images/" + this.photoIds.get(i) + "/640.jpg")).timeout(this.timeout).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			nanos[i] = System.nanoTime() - sent;
			if (response.statusCode() != 200) {
				errors++;
				firstError = (firstError != null) ? firstError : "HTTP " + response.statusCode();
			}
		}
		double seconds = seconds(System.nanoTime() - start);
		long[] sorted = java.util.Arrays.stream(nanos).sorted().toArray();
		return new Result("image-first-rendition", nanos.length, errors, seconds, millis(sorted, 0.50), millis(sorted, 0.90),
				millis(sorted, 0.99), null, "first 640-px rendition of a 12-MP JPEG, one at a time; p99 = slowest", firstError);
	}

	Result runWithJava(String scenario) throws Exception {
		LongAdder notModified = new LongAdder();
		Op[] ops = ops(worker(scenario, notModified));
		String note = scenario.equals("comment-post") ? "challenge + addComment = 1 request" : "";
		phase(ops, this.warmup);
		notModified.reset();
		Double before = mongoCommands();
		Phase measured = phase(ops, this.duration);
		Double after = mongoCommands();
		Double perRequest = (before != null && after != null && measured.requests > 0)
				? (after - before) / measured.requests : null;
		if (scenario.equals("headlines-persisted-get") && measured.requests > 0) {
			note = String.format(Locale.ROOT, "%.0f%% 304", 100.0 * notModified.sum() / measured.requests);
		}
		long[] sorted = measured.sortedNanos;
		return new Result(scenario, measured.requests, measured.errors, measured.seconds, millis(sorted, 0.50),
				millis(sorted, 0.90), millis(sorted, 0.99), perRequest, note, measured.firstError);
	}

	/** One op per worker thread (each keeps its own state, such as the ETag of the persisted GET). */
	Op[] ops(IntFunction<Op> worker) {
		Op[] ops = new Op[this.concurrency];
		for (int w = 0; w < ops.length; w++) {
			ops[w] = worker.apply(w);
		}
		return ops;
	}

	/** The Java driver's requests of a scenario; 304 answers of the persisted GET are counted in notModified. */
	IntFunction<Op> worker(String scenario, LongAdder notModified) throws Exception {
		return switch (scenario) {
			case "headlines" -> {
				String body = JSON.writeValueAsString(map("query", HEADLINES));
				yield w -> () -> check(send(post(body, false)));
			}
			case "headlines-newsroom" -> {
				String body = JSON.writeValueAsString(map("query", NEWSROOM_HEADLINES));
				yield w -> () -> check(send(post(body, false)));
			}
			case "feed" -> {
				HttpRequest request = HttpRequest.newBuilder(this.base.resolve("/feeds/fr.rss")).timeout(this.timeout).GET().build();
				yield w -> () -> {
					HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
					return (response.statusCode() == 200) ? null : "HTTP " + response.statusCode();
				};
			}
			case "site-labels" -> {
				String body = JSON.writeValueAsString(map("query", SITE_LABELS));
				yield w -> () -> check(send(post(body, false)));
			}
			case "image-rendition" -> {
				HttpRequest request = HttpRequest.newBuilder(this.base.resolve(renditionPath())).timeout(this.timeout).GET().build();
				yield w -> () -> {
					HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
					return (response.statusCode() == 200) ? null : "HTTP " + response.statusCode();
				};
			}
			case "headlines-persisted-get" -> {
				URI uri = this.base.resolve(PERSISTED_HEADLINES_PATH);
				String problem = registerPersistedQuery(uri, PERSISTED_HEADLINES_EXTENSIONS);
				if (problem != null) {
					throw new Unsupported(problem);
				}
				yield w -> {
					String[] etag = { null };
					return () -> {
						HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(this.timeout).GET()
							.header("Accept", "application/json");
						if (etag[0] != null) {
							request.header("If-None-Match", etag[0]);
						}
						HttpResponse<String> response = send(request.build());
						if (response.statusCode() == 304) {
							notModified.increment();
							return null;
						}
						String error = check(response);
						if (error == null) {
							response.headers().firstValue("ETag").ifPresent(value -> etag[0] = value);
						}
						return error;
					};
				};
			}
			case "article-by-slug" -> {
				List<String> bodies = articleBySlugBodies();
				yield w -> () -> check(send(post(bodies.get(ThreadLocalRandom.current().nextInt(bodies.size())), false)));
			}
			case "search", "search-common", "search-rare", "search-suggest", "article-related" -> {
				List<String> bodies = postBodies(scenario);
				yield w -> () -> check(send(post(bodies.get(ThreadLocalRandom.current().nextInt(bodies.size())), false)));
			}
			case "comment-post" -> {
				String challengeBody = JSON.writeValueAsString(map("query", CHALLENGE));
				AtomicInteger counter = new AtomicInteger(1_000_000);
				yield w -> () -> {
					HttpResponse<String> response = send(post(challengeBody, false));
					String error = check(response);
					if (error != null) {
						return "commentChallenge: " + error;
					}
					JsonNode challenge = JSON.readTree(response.body()).path("data").path("commentChallenge");
					String answer = Integer.toString(ChallengeSolver.solve(challenge.path("prompt").asString(), COMMENT_LOCALE));
					ThreadLocalRandom random = ThreadLocalRandom.current();
					int article = random.nextInt(this.articleIds.length);
					String body = NewsCorpus.comment(article, counter.incrementAndGet(), new Random(random.nextLong()));
					Map<String, Object> input = commentInput(this.articleIds[article], random.nextInt(NewsCorpus.AUTHORS.size()),
							body, challenge.path("token").asString(), answer);
					error = check(send(post(JSON.writeValueAsString(map("query", ADD_COMMENT, "variables", map("input", input))), false)));
					return (error != null) ? "addComment: " + error : null;
				};
			}
			default -> throw new IllegalArgumentException("unknown scenario " + scenario + "; known: " + ALL_SCENARIOS);
		};
	}

	/**
	 * The same scenario driven by wrk (C, epoll), which takes a fraction of the CPU that this JVM's HttpClient needs
	 * for the same requests, so that more of the shared machine goes to the service: POST bodies (a random one per
	 * request where there are several), or the persisted GET with the ETag of a first response in
	 * {@code If-None-Match}. Warm-up and measured runs are separate wrk runs; its Lua script counts errors as this
	 * generator does (status neither 200 nor 304, or "errors" in the body) and reports wrk's latency percentiles.
	 */
	Result runWithWrk(String scenario) throws Exception {
		Wrk wrk = new Wrk(this.base, this.concurrency, this.timeout, wrkPlan(scenario));
		wrk.run(this.warmup);
		Double before = mongoCommands();
		Double cpuBefore = serviceCpuSeconds();
		Wrk.Run measured = wrk.run(this.duration);
		Double cpuAfter = serviceCpuSeconds();
		Double after = mongoCommands();
		Double perRequest = (before != null && after != null && measured.requests() > 0)
				? (after - before) / measured.requests() : null;
		String note = "wrk";
		if (scenario.equals("headlines-persisted-get") && measured.requests() > 0) {
			note = String.format(Locale.ROOT, "%.0f%% 304, wrk", 100.0 * measured.notModified() / measured.requests());
		}
		if (cpuBefore != null && cpuAfter != null && measured.requests() > 0) {
			note += String.format(Locale.ROOT, ", service CPU %.2f ms/req", 1000 * (cpuAfter - cpuBefore) / measured.requests());
		}
		return new Result(scenario, measured.requests(), measured.errors(), measured.seconds(), measured.p50(),
				measured.p90(), measured.p99(), perRequest, note, measured.errors() > 0 ? measured.output() : null);
	}

	/** wrk's requests of a read scenario (comment-post, which solves each challenge, has none). */
	Wrk.Plan wrkPlan(String scenario) throws Exception {
		return switch (scenario) {
			case "headlines" -> Wrk.Plan.post(List.of(JSON.writeValueAsString(map("query", HEADLINES))));
			case "headlines-newsroom" -> Wrk.Plan.post(List.of(JSON.writeValueAsString(map("query", NEWSROOM_HEADLINES))));
			case "image-rendition" -> {
				check(send(HttpRequest.newBuilder(this.base.resolve(renditionPath())).GET().build()));
				yield Wrk.Plan.get(renditionPath(), Map.of());
			}
			case "feed" -> Wrk.Plan.get("/feeds/fr.rss", Map.of());
			case "site-labels" -> Wrk.Plan.post(List.of(JSON.writeValueAsString(map("query", SITE_LABELS))));
			case "headlines-persisted-get" -> {
				URI uri = this.base.resolve(PERSISTED_HEADLINES_PATH);
				String problem = registerPersistedQuery(uri, PERSISTED_HEADLINES_EXTENSIONS);
				if (problem != null) {
					throw new Unsupported(problem);
				}
				HttpResponse<String> first = send(HttpRequest.newBuilder(uri).timeout(this.timeout).GET().build());
				String etag = first.headers().firstValue("ETag").orElseThrow(() -> new Unsupported("no ETag on GET by hash"));
				yield Wrk.Plan.get(PERSISTED_HEADLINES_PATH, Map.of("If-None-Match", etag));
			}
			case "article-by-slug" -> Wrk.Plan.post(articleBySlugBodies());
			case "search", "search-common", "search-rare", "search-suggest", "article-related" -> Wrk.Plan.post(postBodies(scenario));
			default -> throw new IllegalArgumentException("unknown scenario " + scenario + "; known: " + ALL_SCENARIOS);
		};
	}

	/** One request body per seeded French slug, for article-by-slug (both drivers). */
	List<String> articleBySlugBodies() {
		List<String> bodies = new ArrayList<>();
		for (String slug : this.frSlugs) {
			bodies.add(JSON.writeValueAsString(map("query", ARTICLE_BY_SLUG, "variables", map("slug", slug))));
		}
		return bodies;
	}

	/** The request bodies of a search scenario (both drivers). */
	List<String> postBodies(String scenario) {
		List<String> bodies = new ArrayList<>();
		switch (scenario) {
			case "search" -> bodies.addAll(searchBodies());
			case "search-common" -> bodies.add(JSON.writeValueAsString(map("query", SEARCH, "variables", map("q", COMMON_WORD))));
			case "search-rare" -> {
				Random random = new Random(RARE_QUERIES);
				for (int q = 0; q < RARE_QUERIES; q++) {
					int story = random.nextInt(this.articleCount);
					String words = NewsCorpus.reference(story) + " " + NewsCorpus.city(story);
					bodies.add(JSON.writeValueAsString(map("query", SEARCH, "variables", map("q", words))));
				}
			}
			case "search-suggest" -> SUGGEST_PREFIXES
				.forEach(prefix -> bodies.add(JSON.writeValueAsString(map("query", SUGGEST, "variables", map("p", prefix)))));
			case "article-related" -> {
				for (String slug : this.frSlugs) {
					bodies.add(JSON.writeValueAsString(map("query", ARTICLE_RELATED, "variables", map("slug", slug))));
				}
			}
			default -> throw new IllegalArgumentException(scenario);
		}
		return bodies;
	}

	/** One request body per search query, for the search scenario (both drivers). */
	static List<String> searchBodies() {
		List<String> bodies = new ArrayList<>();
		for (String q : SEARCH_QUERIES) {
			bodies.add(JSON.writeValueAsString(map("query", SEARCH, "variables", map("q", q))));
		}
		return bodies;
	}

	/**
	 * Registers the headlines query as an automatic persisted query (query text + extensions, by POST, then by GET
	 * if the POST did not register it) and checks that GET by hash alone answers it.
	 * @return null when supported, else why not
	 */
	String registerPersistedQuery(URI hashOnly, String extensions) throws Exception {
		String body = "{\"query\":" + JSON.writeValueAsString(HEADLINES) + ",\"extensions\":" + extensions + "}";
		HttpResponse<String> registered = send(post(body, false));
		if (registered.statusCode() >= 400) {
			return "registering by POST answered HTTP " + registered.statusCode();
		}
		String problem = persistedQueryProblem(send(HttpRequest.newBuilder(hashOnly).timeout(this.timeout).GET().build()));
		if (problem != null && problem.contains("PERSISTED_QUERY_NOT_FOUND")) {
			URI withQuery = URI.create(hashOnly + "&query=" + URLEncoder.encode(HEADLINES, StandardCharsets.UTF_8));
			HttpResponse<String> registeredByGet = send(HttpRequest.newBuilder(withQuery).timeout(this.timeout).GET().build());
			if (registeredByGet.statusCode() >= 400) {
				return "registering by GET answered HTTP " + registeredByGet.statusCode();
			}
			problem = persistedQueryProblem(send(HttpRequest.newBuilder(hashOnly).timeout(this.timeout).GET().build()));
		}
		return problem;
	}

	static String persistedQueryProblem(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			return "GET by hash answered HTTP " + response.statusCode();
		}
		if (response.body().contains("PERSISTED_QUERY_NOT_FOUND")) {
			return "GET by hash answered PERSISTED_QUERY_NOT_FOUND after registration";
		}
		if (GRAPHQL_ERRORS.matcher(response.body()).find() || !response.body().contains("\"articles\"")) {
			return "GET by hash answered " + abbreviate(response.body());
		}
		return null;
	}

	record Phase(long requests, long errors, double seconds, long[] sortedNanos, String firstError) {
	}

	/** All workers run their op back to back until the phase's end; requests started before it are counted. */
	Phase phase(Op[] ops, Duration length) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(ops.length, daemonThreads());
		long start = System.nanoTime();
		long end = start + length.toNanos();
		List<Future<long[]>> latencies = new ArrayList<>();
		LongAdder errors = new LongAdder();
		AtomicReference<String> firstError = new AtomicReference<>();
		for (Op op : ops) {
			latencies.add(pool.submit(() -> {
				long[] nanos = new long[1024];
				int n = 0;
				while (System.nanoTime() < end) {
					long t0 = System.nanoTime();
					String error;
					try {
						error = op.call();
					}
					catch (Exception ex) {
						error = ex.toString();
					}
					if (n == nanos.length) {
						nanos = Arrays.copyOf(nanos, n * 2);
					}
					nanos[n++] = System.nanoTime() - t0;
					if (error != null) {
						errors.increment();
						firstError.compareAndSet(null, error);
					}
				}
				return Arrays.copyOf(nanos, n);
			}));
		}
		pool.shutdown();
		long[] all = new long[0];
		long grace = length.toNanos() + this.timeout.toNanos() * 3 + TimeUnit.SECONDS.toNanos(10);
		for (Future<long[]> future : latencies) {
			long[] part;
			try {
				part = future.get(Math.max(1, start + grace - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (java.util.concurrent.TimeoutException ex) {
				errors.increment();
				firstError.compareAndSet(null, "worker did not finish in time");
				continue;
			}
			int from = all.length;
			all = Arrays.copyOf(all, from + part.length);
			System.arraycopy(part, 0, all, from, part.length);
		}
		pool.shutdownNow();
		double seconds = seconds(System.nanoTime() - start);
		Arrays.sort(all);
		return new Phase(all.length, errors.sum(), seconds, all, firstError.get());
	}

	HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** null when the response counts as a success (2xx without GraphQL errors, or 304). */
	static String check(HttpResponse<String> response) {
		int status = response.statusCode();
		if (status == 304) {
			return null;
		}
		if (status < 200 || status >= 300) {
			return "HTTP " + status + " " + abbreviate(response.body());
		}
		if (GRAPHQL_ERRORS.matcher(response.body()).find()) {
			return "GraphQL errors: " + abbreviate(response.body());
		}
		return null;
	}

	/** Sum of all mongodb_driver_commands_seconds_count samples, or null when the metric is not exposed. */
	/**
	 * The CPU time the service's process has used (user + system, from /proc), or null without a PID or /proc: per
	 * request, it is steadier than the throughput on a shared machine whose other tenants take CPU time.
	 */
	Double serviceCpuSeconds() {
		if (this.servicePid == null) {
			return null;
		}
		try {
			String stat = Files.readString(Path.of("/proc/" + this.servicePid + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	Double mongoCommands() {
		try {
			HttpResponse<String> response = send(HttpRequest.newBuilder(this.base.resolve("/actuator/prometheus"))
				.header("Authorization", "Bearer " + ADMIN_TOKEN) // metrics are for ADMIN tokens only
				.timeout(this.timeout).GET().build());
			if (response.statusCode() != 200) {
				return null;
			}
			double sum = 0;
			boolean found = false;
			for (String line : response.body().split("\n")) {
				if (line.startsWith("mongodb_driver_commands_seconds_count")) {
					String value = line.substring(Math.max(line.lastIndexOf('}'), "mongodb_driver_commands_seconds_count".length()) + 1)
						.strip().split("\\s+")[0];
					sum += Double.parseDouble(value);
					found = true;
				}
			}
			return found ? sum : null;
		}
		catch (Exception ex) {
			return null;
		}
	}

	void report(Result result) throws IOException {
		String row;
		if (result.note().startsWith("unsupported")) {
			System.out.printf(Locale.ROOT, "%-24s cache=%-3s articles=%-6d %s%n", result.scenario(), this.cache,
					this.articleCount, result.note());
			row = String.join("\t", result.scenario(), this.cache, Integer.toString(this.articleCount), "unsupported", "-",
					"-", "-", "-", "-", result.note().substring("unsupported: ".length()));
		}
		else {
			String rps = String.format(Locale.ROOT, "%.1f", result.requests() / result.seconds());
			String p50 = result.p50();
			String p90 = result.p90();
			String p99 = result.p99();
			String commands = (result.commandsPerRequest() == null) ? "n/a"
					: String.format(Locale.ROOT, "%.2f", result.commandsPerRequest());
			System.out.printf(Locale.ROOT,
					"%-24s cache=%-3s articles=%-6d %9s req/s  p50 %7s ms  p90 %7s ms  p99 %7s ms  errors %d/%d  mongo cmds/req %s%s%n",
					result.scenario(), this.cache, this.articleCount, rps, p50, p90, p99, result.errors(), result.requests(),
					commands, result.note().isEmpty() ? "" : "  (" + result.note() + ")");
			if (result.firstError() != null) {
				System.out.println("    first error: " + result.firstError());
			}
			row = String.join("\t", result.scenario(), this.cache, Integer.toString(this.articleCount), rps, p50, p90, p99,
					Long.toString(result.errors()), commands, result.note());
		}
		if (this.resultsFile != null) {
			Files.writeString(this.resultsFile, row + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
	}

	// =========================================================================================================
	// Helpers
	// =========================================================================================================

	interface ThrowingIntConsumer {

		void accept(int i) throws Exception;

	}

	static String sha256Hex(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String millis(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return "-";
		}
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return String.format(Locale.ROOT, "%.2f", sorted[Math.max(0, index)] / 1e6);
	}

	static double seconds(long nanos) {
		return nanos / 1e9;
	}

	static String abbreviate(String text) {
		String oneLine = text.replace('\n', ' ');
		return (oneLine.length() > 300) ? oneLine.substring(0, 300) + "..." : oneLine;
	}

	static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			System.err.println("missing --" + name + "=...");
			System.exit(64);
		}
		return value;
	}

	/** An insertion-ordered map from alternating keys and values (Map.of has no order and no nulls). */
	static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	static java.util.concurrent.ThreadFactory daemonThreads() {
		return runnable -> {
			Thread thread = new Thread(runnable);
			thread.setDaemon(true);
			return thread;
		};
	}

	// =========================================================================================================
	// Content: news-like articles in ar, fr and en, and reader comments in French
	// =========================================================================================================

	/** One wrk set-up: its Lua script, written once, run for a warm-up and for the measured run. */
	static final class Wrk {

		/** Requests: one method and path, fixed headers, and the POST bodies to pick from (none for GET). */
		record Plan(String method, String path, Map<String, String> headers, List<String> bodies) {

			static Plan post(List<String> bodies) {
				return new Plan("POST", "/graphql", Map.of("Content-Type", "application/json"), bodies);
			}

			static Plan get(String path, Map<String, String> headers) {
				return new Plan("GET", path, headers, List.of());
			}

		}

		record Run(long requests, long errors, long notModified, double seconds, String p50, String p90, String p99,
				String output) {
		}

		static boolean installed() {
			try {
				Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
				process.getInputStream().readAllBytes();
				process.waitFor();
				return true;
			}
			catch (IOException | InterruptedException ex) {
				return false;
			}
		}

		static final Pattern RESULT = Pattern.compile(
				"RESULT requests=(\\d+) errors=(\\d+) not_modified=(\\d+) duration_us=(\\d+) p50_us=([\\d.]+) p90_us=([\\d.]+) p99_us=([\\d.]+)");

		final URI base;

		final int connections;

		final Duration timeout;

		final Path script;

		Wrk(URI base, int connections, Duration timeout, Plan plan) throws IOException {
			this.base = base;
			this.connections = connections;
			this.timeout = timeout;
			this.script = Files.createTempFile("bench-wrk-", ".lua");
			this.script.toFile().deleteOnExit();
			Files.writeString(this.script, lua(plan), StandardCharsets.UTF_8);
		}

		Run run(Duration length) throws IOException, InterruptedException {
			int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), this.connections));
			Process process = new ProcessBuilder("wrk", "-t" + threads, "-c" + this.connections,
					"-d" + length.toSeconds() + "s", "--timeout", this.timeout.toSeconds() + "s", "-s",
					this.script.toString(), this.base.toString())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int status = process.waitFor();
			java.util.regex.Matcher result = RESULT.matcher(output);
			if (status != 0 || !result.find()) {
				throw new IllegalStateException("wrk exited with " + status + ": " + output);
			}
			return new Run(Long.parseLong(result.group(1)), Long.parseLong(result.group(2)),
					Long.parseLong(result.group(3)), Long.parseLong(result.group(4)) / 1e6,
					microsToMillis(result.group(5)), microsToMillis(result.group(6)), microsToMillis(result.group(7)),
					output.strip());
		}

		static String microsToMillis(String micros) {
			return String.format(Locale.ROOT, "%.2f", Double.parseDouble(micros) / 1000);
		}

		/**
		 * Each wrk thread has its own Lua state: the globals errors and not_modified are summed over the threads
		 * in done(), with wrk's socket errors and timeouts.
		 */
		static String lua(Plan plan) {
			StringBuilder lua = new StringBuilder();
			lua.append("wrk.method = ").append(quote(plan.method())).append('\n');
			lua.append("wrk.path = ").append(quote(plan.path())).append('\n');
			plan.headers().forEach((name, value) -> lua.append("wrk.headers[").append(quote(name)).append("] = ")
				.append(quote(value)).append('\n'));
			lua.append("local bodies = {\n");
			for (String body : plan.bodies()) {
				lua.append("  ").append(quote(body)).append(",\n");
			}
			lua.append("""
					}
					local requests = {}
					local threads = {}
					errors = 0
					not_modified = 0

					function setup(thread)
					  table.insert(threads, thread)
					end

					function init(args)
					  for i, body in ipairs(bodies) do
					    requests[i] = wrk.format(nil, nil, nil, body)
					  end
					  if #requests == 0 then
					    requests[1] = wrk.format()
					  end
					end

					function request()
					  return requests[math.random(#requests)]
					end

					function response(status, headers, body)
					  if status == 304 then
					    not_modified = not_modified + 1
					  elseif status ~= 200 or string.find(body, '"errors"', 1, true) then
					    errors = errors + 1
					  end
					end

					function done(summary, latency, requests)
					  local failed = summary.errors.connect + summary.errors.read + summary.errors.write
					    + summary.errors.timeout
					  local unchanged = 0
					  for _, thread in ipairs(threads) do
					    failed = failed + thread:get("errors")
					    unchanged = unchanged + thread:get("not_modified")
					  end
					  io.write(string.format("RESULT requests=%d errors=%d not_modified=%d duration_us=%d p50_us=%.1f p90_us=%.1f p99_us=%.1f\\n",
					    summary.requests, failed, unchanged, summary.duration, latency:percentile(50),
					    latency:percentile(90), latency:percentile(99)))
					end
					""");
			return lua.toString();
		}

		/** A Lua string literal: every byte outside printable ASCII as a decimal escape, so any UTF-8 passes. */
		static String quote(String text) {
			StringBuilder quoted = new StringBuilder("\"");
			for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
				int c = b & 0xff;
				if (c == '"' || c == '\\' || c < 0x20 || c >= 0x7f) {
					quoted.append('\\').append(String.format(Locale.ROOT, "%03d", c));
				}
				else {
					quoted.append((char) c);
				}
			}
			return quoted.append('"').toString();
		}

	}

}
