package com.newsroom.contentapi.comment;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.jspecify.annotations.Nullable;

/**
 * Settings of public commenting: the challenge, threading, rate limits, spam scoring and
 * the optional Akismet check. Every defence is on by default.
 *
 * @param maxDepth how deep replies nest; a reply to a deeper comment attaches to the
 * deepest allowed ancestor
 */
@ConfigurationProperties("contentapi.comments")
public record CommentProperties(@DefaultValue Challenge challenge, @DefaultValue("3") int maxDepth,
		@DefaultValue RateLimit rateLimit, @DefaultValue Spam spam, @DefaultValue Akismet akismet,
		@DefaultValue AutoApproval autoApproval) {

	/**
	 * @param secret HMAC secret of challenge tokens only (at least 32 characters); unset,
	 * their key is derived from the server's secret ({@code contentapi.security.secret}
	 * or the secrets file)
	 * @param ttl how long a challenge can be answered
	 * @param minSolveTime answers faster than this count as a spam signal (people need a
	 * moment to read)
	 */
	public record Challenge(@Nullable String secret, @DefaultValue("10m") Duration ttl,
			@DefaultValue("3s") Duration minSolveTime) {
	}

	/**
	 * Token buckets: {@code perIp} comments per {@code period} from one client,
	 * {@code perArticle} on one article.
	 */
	public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("5") int perIp,
			@DefaultValue("30") int perArticle, @DefaultValue("1m") Duration period) {
	}

	/**
	 * Spam scoring: each signal adds its weight; a total at or above
	 * {@code spamThreshold} is {@code SPAM}, below {@code autoApproveBelow} from a proven
	 * author that auto-approval trusts is {@code APPROVED}, anything else waits for a
	 * moderator.
	 *
	 * @param blockedWords words and phrases per locale tag; the list under {@code all}
	 * applies to every locale
	 * @param blockedDomains domains (and their subdomains) that author URLs and links
	 * must not point to
	 */
	public record Spam(@DefaultValue("5") int spamThreshold, @DefaultValue("2") int autoApproveBelow,
			@DefaultValue("1") int linkWeight, @DefaultValue("3") int blockedWordWeight,
			@DefaultValue("2") int repeatedCharactersWeight, @DefaultValue("8") int repeatedCharactersRun,
			@DefaultValue("3") int duplicateWeight, @DefaultValue("24h") Duration duplicateWindow,
			@DefaultValue("3") int tooFastWeight, @DefaultValue("5") int blockedDomainWeight,
			@DefaultValue("5") int akismetWeight, @DefaultValue Map<String, List<String>> blockedWords,
			@DefaultValue List<String> blockedDomains) {
	}

	/**
	 * Auto-approval of returning authors, who prove who they are with the signed author
	 * token of an earlier post (see {@code KnownAuthors}): a comment skips moderation
	 * only when a moderator approved a comment of that author, it has no links and its
	 * spam score is below {@code spam.autoApproveBelow}.
	 *
	 * @param enabled false sends every comment to moderation, and no author tokens are
	 * issued
	 * @param secret HMAC secret of author tokens only (at least 32 characters); when
	 * unset, their key is derived from the server's secret (see
	 * {@code security/ServerSecrets}), which every instance shares
	 * @param tokenTtl how long an author token is accepted; every post returns a new one
	 */
	public record AutoApproval(@DefaultValue("true") boolean enabled, @Nullable String secret,
			@DefaultValue("90d") Duration tokenTtl) {
	}

	/**
	 * Akismet, off unless both {@code apiKey} and {@code siteUrl} are set. Its verdict is
	 * one more signal; when it is slow or failing the local score decides alone.
	 */
	public record Akismet(@Nullable String apiKey, @Nullable String siteUrl,
			@DefaultValue("https://rest.akismet.com") String endpoint, @DefaultValue("2s") Duration timeout) {

		public boolean enabled() {
			return this.apiKey != null && !this.apiKey.isBlank() && this.siteUrl != null && !this.siteUrl.isBlank();
		}

	}

}
