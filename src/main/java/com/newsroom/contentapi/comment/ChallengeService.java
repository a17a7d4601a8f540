package com.newsroom.contentapi.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import org.bson.Document;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.security.ServerSecrets;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The arithmetic challenge of the comment form ({@code deux × 5 =}). The token is
 * self-contained and signed with HMAC-SHA256: it carries a nonce, its issue and expiry
 * times, the locale, and a MAC of the expected answer (the answer space is small, so a
 * plain hash could be brute-forced; a MAC under the server secret cannot). Any instance
 * verifies it with the shared secret ({@link ServerSecrets}: a key of this token kind
 * alone, so no other signed token passes as a challenge); a token whose fields do not
 * parse is refused like a forged one; single use is enforced by inserting the nonce into
 * {@code used_challenges} under its unique {@code _id} (expired entries are removed by a
 * TTL index on a real MongoDB and by a periodic cleanup on the embedded store). The first
 * operand is spelled out by ICU4J's CLDR spell-out rules, so every locale ICU knows works
 * without number tables of our own.
 */
@Service
class ChallengeService {

	static final String USED = "used_challenges";

	/**
	 * The token kind; {@code c1} tokens (kind outside the MAC, one key for every kind)
	 * are no longer accepted.
	 */
	private static final String KIND = "c2";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final CommentProperties.Challenge settings;

	private final ServerSecrets.Signer signer;

	private final SecureRandom random = new SecureRandom();

	ChallengeService(MongoTemplate mongo, Clock clock, CommentProperties properties, ServerSecrets secrets) {
		this.mongo = mongo;
		this.clock = clock;
		this.settings = properties.challenge();
		this.signer = secrets.signer("comment-challenge", this.settings.secret());
		mongo.indexOps(USED).createIndex(new Index("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO));
	}

	Challenge issue(String locale) {
		int spelled = 2 + this.random.nextInt(8);
		int digit = 1 + this.random.nextInt(9);
		Instant issuedAt = this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		Instant expiresAt = issuedAt.plus(this.settings.ttl());
		byte[] nonceBytes = new byte[16];
		this.random.nextBytes(nonceBytes);
		String nonce = base64(nonceBytes);
		String payload = String.join("|", nonce, Long.toString(issuedAt.toEpochMilli()),
				Long.toString(expiresAt.toEpochMilli()), locale, answerMac(nonce, spelled * digit));
		String token = this.signer.seal(KIND, payload);
		String prompt = spellOut(spelled, locale) + " × " + digit + " =";
		return new Challenge(token, prompt, locale, expiresAt);
	}

	static String spellOut(int number, String locale) {
		return new RuleBasedNumberFormat(ULocale.forLanguageTag(locale), RuleBasedNumberFormat.SPELLOUT).format(number);
	}

	/**
	 * Reads a token without touching the store: its signature and its expiry. A post with
	 * a forged or expired token stops here, before it is counted against any rate limit
	 * or writes anything.
	 * @throws ApiException {@code CHALLENGE_FAILED} for a forged or expired token
	 */
	Opened open(String token) {
		Opened opened = this.signer.open(KIND, token)
			.flatMap(Opened::parse)
			.orElseThrow(() -> failed("The challenge token is not valid"));
		if (!this.clock.instant().isBefore(opened.expiresAt())) {
			throw failed("The challenge has expired; ask for a new one");
		}
		return opened;
	}

	/**
	 * Uses an opened challenge up and checks its answer. The token is used up whatever
	 * the answer: a wrong guess burns it, so the small answer space cannot be tried
	 * through.
	 * @return when the challenge was issued (for the "solved too fast" signal) and its
	 * locale
	 * @throws ApiException {@code CHALLENGE_FAILED} for a reused or wrongly answered
	 * challenge
	 */
	Solved redeem(Opened challenge, String answer) {
		try {
			this.mongo.insert(
					new Document("_id", challenge.nonce()).append("expiresAt", Date.from(challenge.expiresAt())), USED);
		}
		catch (DuplicateKeyException ex) {
			throw failed("The challenge was already used; ask for a new one");
		}
		Integer given = parseAnswer(answer);
		if (given == null
				|| !MessageDigest.isEqual(answerMac(challenge.nonce(), given).getBytes(StandardCharsets.US_ASCII),
						challenge.answerMac().getBytes(StandardCharsets.US_ASCII))) {
			throw failed("Wrong answer to the challenge");
		}
		return new Solved(challenge.issuedAt(), challenge.locale());
	}

	/**
	 * Digits in any script ({@code 10}, {@code ١٠}, {@code ۱۰}), with surrounding spaces.
	 */
	static Integer parseAnswer(String answer) {
		if (answer == null) {
			return null;
		}
		String trimmed = answer.strip();
		if (trimmed.isEmpty() || trimmed.length() > 6) {
			return null;
		}
		int value = 0;
		for (int i = 0; i < trimmed.length(); i++) {
			int digit = Character.digit(trimmed.charAt(i), 10);
			if (digit < 0) {
				return null;
			}
			value = value * 10 + digit;
		}
		return value;
	}

	/**
	 * Removes used nonces whose tokens have expired anyway (the embedded store has no TTL
	 * indexes).
	 */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
	void removeExpiredNonces() {
		this.mongo.remove(Query.query(Criteria.where("expiresAt").lt(Date.from(this.clock.instant()))), USED);
	}

	private String answerMac(String nonce, int answer) {
		return base64(this.signer.sign("answer|" + nonce + "|" + answer)).substring(0, 22);
	}

	private static String base64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static ApiException failed(String message) {
		return new ApiException(com.newsroom.contentapi.graphql.ErrorCode.CHALLENGE_FAILED, message,
				java.util.Map.of());
	}

	/**
	 * The fields of a genuine token's payload; empty when one is missing or malformed.
	 */
	record Challenge(String token, String prompt, String locale, Instant expiresAt) {
	}

	/** A genuine, unexpired challenge, not yet used up. */
	record Opened(String nonce, Instant issuedAt, Instant expiresAt, String locale, String answerMac) {

		/**
		 * The fields of a payload whose signature was checked, or nothing when they are
		 * malformed.
		 */
		static Optional<Opened> parse(String payload) {
			String[] fields = payload.split("\\|", -1);
			if (fields.length != 5 || fields[0].isEmpty() || fields[3].isEmpty() || fields[4].isEmpty()) {
				return Optional.empty();
			}
			try {
				return Optional.of(new Opened(fields[0], Instant.ofEpochMilli(Long.parseLong(fields[1])),
						Instant.ofEpochMilli(Long.parseLong(fields[2])), fields[3], fields[4]));
			}
			catch (NumberFormatException | java.time.DateTimeException ex) {
				return Optional.empty();
			}
		}

	}

	record Solved(Instant issuedAt, String locale) {
	}

}
