package com.newsroom.contentapi.comment;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.newsroom.contentapi.locale.LocaleTags;

import org.springframework.stereotype.Component;

/**
 * Scores a new comment from independent signals, each with a configurable weight: links,
 * blocked words (per locale), long runs of one character, the same text posted recently,
 * a challenge solved too fast, a link or author URL in a blocked domain, and Akismet's
 * verdict when it is configured. The signals are stored with the comment so moderators
 * see why it was held.
 */
@Component
class SpamScorer {

	private final CommentProperties.Spam settings;

	private final Duration minSolveTime;

	private final CommentStore store;

	private final AkismetClient akismet;

	private final Clock clock;

	private final Map<String, List<Pattern>> blockedWords = new LinkedHashMap<>();

	private final Pattern repeatedCharacters;

	SpamScorer(CommentProperties properties, CommentStore store, AkismetClient akismet, Clock clock) {
		this.settings = properties.spam();
		this.minSolveTime = properties.challenge().minSolveTime();
		this.store = store;
		this.akismet = akismet;
		this.clock = clock;
		this.settings.blockedWords()
			.forEach((locale, words) -> this.blockedWords.put(locale.toLowerCase(Locale.ROOT),
					words.stream().filter(word -> !word.isBlank()).map(SpamScorer::wordPattern).toList()));
		this.repeatedCharacters = Pattern.compile("(.)\\1{" + (this.settings.repeatedCharactersRun() - 1) + ",}");
	}

	private static Pattern wordPattern(String word) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.strip()) + "(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	Verdict score(Comment comment, Instant challengeIssuedAt) {
		List<String> signals = new ArrayList<>();
		int score = 0;

		List<String> links = CommentText.links(comment.body());
		if (!links.isEmpty()) {
			signals.add("links:" + links.size());
			score += links.size() * this.settings.linkWeight();
		}
		List<String> words = blockedWordsIn(comment);
		if (!words.isEmpty()) {
			signals.add("blocked-words:" + String.join(",", words));
			score += this.settings.blockedWordWeight();
		}
		if (this.repeatedCharacters.matcher(comment.body()).find()) {
			signals.add("repeated-characters");
			score += this.settings.repeatedCharactersWeight();
		}
		if (this.store.existsSameBodySince(comment.bodyHash(),
				this.clock.instant().minus(this.settings.duplicateWindow()))) {
			signals.add("duplicate");
			score += this.settings.duplicateWeight();
		}
		if (Duration.between(challengeIssuedAt, this.clock.instant()).compareTo(this.minSolveTime) < 0) {
			signals.add("too-fast");
			score += this.settings.tooFastWeight();
		}
		List<String> urls = new ArrayList<>(links);
		if (comment.authorUrl() != null) {
			urls.add(comment.authorUrl());
		}
		if (urls.stream().anyMatch(this::inBlockedDomain)) {
			signals.add("blocked-domain");
			score += this.settings.blockedDomainWeight();
		}
		Boolean akismetSpam = this.akismet.isSpam(comment).orElse(null);
		if (akismetSpam != null) {
			signals.add(akismetSpam ? "akismet:spam" : "akismet:ham");
			score += akismetSpam ? this.settings.akismetWeight() : 0;
		}
		else if (this.akismet.enabled()) {
			signals.add("akismet:unavailable");
		}
		return new Verdict(score, signals);
	}

	/**
	 * @param trustedAuthor whether auto-approval trusts the comment's author and content
	 * ({@link KnownAuthors}); a trusted comment is approved only if its score is low
	 * enough as well
	 */
	CommentStatus statusFor(Verdict verdict, boolean trustedAuthor) {
		if (verdict.score() >= this.settings.spamThreshold()) {
			return CommentStatus.SPAM;
		}
		if (trustedAuthor && verdict.score() < this.settings.autoApproveBelow()) {
			return CommentStatus.APPROVED;
		}
		return CommentStatus.PENDING;
	}

	private List<String> blockedWordsIn(Comment comment) {
		List<String> keys = new ArrayList<>(List.of("all"));
		keys.addAll(LocaleTags.withParents(comment.locale()).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
		String text = comment.authorName() + "\n" + comment.body();
		return keys.stream()
			.flatMap(key -> this.blockedWords.getOrDefault(key, List.of()).stream())
			.filter(pattern -> pattern.matcher(text).find())
			.map(pattern -> pattern.pattern().replaceAll("^.*\\\\Q|\\\\E.*$", ""))
			.distinct()
			.collect(Collectors.toList());
	}

	private boolean inBlockedDomain(String url) {
		String host;
		try {
			String absolute = url.contains("://") ? url : "https://" + url;
			host = URI.create(absolute).getHost();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (host == null) {
			return false;
		}
		String lower = host.toLowerCase(Locale.ROOT);
		return this.settings.blockedDomains()
			.stream()
			.map(domain -> domain.strip().toLowerCase(Locale.ROOT))
			.anyMatch(domain -> lower.equals(domain) || lower.endsWith("." + domain));
	}

	record Verdict(int score, List<String> signals) {
	}

}
