package com.newsroom.contentapi.comment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

import com.newsroom.contentapi.security.ServerSecrets;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may skip moderation. Commenters have no accounts, and an e-mail address proves
 * nothing (anyone who knows a regular's address, in any letter case, could post as them),
 * so a returning author proves an identity with the signed author token that
 * {@code addComment} returned for an earlier post. The token binds a random author key
 * (128 bits, base64url), stored on each comment as {@code authorKey}; every post returns
 * a new token for the same key, valid for
 * {@code contentapi.comments.auto-approval.token-ttl} (90 days) from then.
 * <p>
 * Format: {@code a1.<payload>.<signature>} as made by {@link ServerSecrets.Signer}
 * (base64url, HMAC-SHA256), payload {@code author|<author key>|<issued at>|<expires at>}
 * in epoch seconds, signed with a key of its own
 * ({@code contentapi.comments.auto-approval.secret}, or one generated once and kept in
 * MongoDB), so no other token of the service can pass for one.
 * <p>
 * A token that is forged, altered, expired, of another kind or signed with a replaced
 * secret is <em>ignored</em>, not an error: the post is treated as a first-time author's
 * (it waits for a moderator) and gets a new key. A client that kept a stale token loses
 * nothing but the shortcut, and a forger learns nothing from the answer.
 * <p>
 * A comment is approved without a moderator only when auto-approval is on, the token is
 * valid, a moderator has approved a comment with that author key (auto-approved ones do
 * not count, and a rejection of that comment ends the trust), the comment has no links
 * (in the body, of any scheme, or as author URL) and its spam score is below
 * {@code contentapi.comments.spam.auto-approve-below} (decided by {@link SpamScorer}).
 */
@Component
class KnownAuthors {

	private static final String KIND = "a1";

	private final CommentProperties.AutoApproval settings;

	private final ServerSecrets.Signer signer;

	private final CommentStore store;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	KnownAuthors(CommentProperties properties, ServerSecrets secrets, CommentStore store, Clock clock) {
		this.settings = properties.autoApproval();
		this.signer = secrets.signer("comment-author", this.settings.secret());
		this.store = store;
		this.clock = clock;
	}

	/**
	 * The author key a genuine, unexpired author token proves; empty for anything else.
	 */
	Optional<String> provenKey(@Nullable String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return this.signer.open(KIND, token.strip()).flatMap(payload -> {
			String[] fields = payload.split("\\|");
			if (fields.length != 4 || !fields[0].equals("author") || fields[1].isEmpty()) {
				return Optional.empty();
			}
			try {
				Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(fields[3]));
				return this.clock.instant().isBefore(expiresAt) ? Optional.of(fields[1]) : Optional.empty();
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		});
	}

	String newKey() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A new token for the key, or null while auto-approval is switched off (there is
	 * nothing to prove then).
	 */
	@Nullable String tokenFor(String authorKey) {
		if (!this.settings.enabled()) {
			return null;
		}
		Instant issuedAt = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant expiresAt = issuedAt.plus(this.settings.tokenTtl());
		return this.signer.seal(KIND, String.join("|", "author", authorKey, Long.toString(issuedAt.getEpochSecond()),
				Long.toString(expiresAt.getEpochSecond())));
	}

	/**
	 * Whether a comment by the proven key may be approved without a moderator, its spam
	 * score aside.
	 * @param provenKey the key the post's author token proved, or null
	 */
	boolean mayAutoApprove(@Nullable String provenKey, String body, @Nullable String authorUrl) {
		return this.settings.enabled() && provenKey != null && authorUrl == null && CommentText.links(body).isEmpty()
				&& this.store.hasModeratorApprovedComment(provenKey);
	}

}
