package com.newsroom.contentapi.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed token format: the kind is under the MAC, and every kind has a key of its
 * own.
 */
class SignerTests {

	private final byte[] secret = "one-secret-for-every-kind-of-token-0123456789".getBytes(StandardCharsets.UTF_8);

	@Test
	void aTokenOpensAsItsOwnKind() {
		ServerSecrets.Signer signer = new ServerSecrets.Signer(this.secret, "feature");
		assertThat(signer.open("a1", signer.seal("a1", "id|fr|42"))).contains("id|fr|42");
	}

	@Test
	void aTokenRelabelledAsAnotherKindDoesNotOpenUnderTheSameSecret() {
		ServerSecrets.Signer signer = new ServerSecrets.Signer(this.secret, "feature");
		String token = signer.seal("a1", "id|fr|42");
		assertThat(signer.open("b1", "b1" + token.substring(2))).isEmpty();
	}

	@Test
	void signersOfTwoFeaturesWithTheSameSecretDoNotOpenEachOthersTokens() {
		String token = new ServerSecrets.Signer(this.secret, "preview").seal("x1", "payload");
		assertThat(new ServerSecrets.Signer(this.secret, "comment-challenge").open("x1", token)).isEmpty();
	}

	@Test
	void alteredAndMalformedTokensDoNotOpen() {
		ServerSecrets.Signer signer = new ServerSecrets.Signer(this.secret, "feature");
		String token = signer.seal("a1", "payload");
		String[] parts = token.split("\\.");
		assertThat(signer.open("a1", parts[0] + "." + parts[1] + "x." + parts[2])).isEmpty();
		assertThat(signer.open("a1", token + ".")).isEmpty();
		for (String junk : new String[] { null, "", ".", "..", "a1", "a1..", "a1.%%.%%", "a1.." + parts[2] }) {
			assertThat(signer.open("a1", junk)).as(junk).isEmpty();
		}
	}

	@Test
	void rawSignaturesCannotBeUsedAsTokens() {
		ServerSecrets.Signer signer = new ServerSecrets.Signer(this.secret, "feature");
		String token = signer.seal("a1", "payload");
		String signed = token.substring(0, token.lastIndexOf('.'));
		String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign(signed));
		assertThat(signer.open("a1", signed + "." + raw)).isEmpty();
	}

	@Test
	void keysAreDerivedWithHkdfSha256() {
		// RFC 5869, test case 1: the first 32 bytes of the output key material
		HexFormat hex = HexFormat.of();
		byte[] okm = ServerSecrets.hkdf(hex.parseHex("000102030405060708090a0b0c"),
				hex.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), hex.parseHex("f0f1f2f3f4f5f6f7f8f9"));
		assertThat(hex.formatHex(okm)).isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf");
	}

}
