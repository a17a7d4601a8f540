package com.newsroom.contentapi.comment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentTextTests {

	@Test
	void htmlIsEscapedParagraphsKeptAndLinksMarkedNofollowUgc() {
		assertThat(CommentText.toHtml("<script>x</script> voir https://example.org/a?b=1&c=2\nligne\n\nparagraphe"))
			.isEqualTo("<p>&lt;script&gt;x&lt;/script&gt; voir "
					+ "<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc\">https://example.org/a?b=1&amp;c=2</a>"
					+ "<br>ligne</p><p>paragraphe</p>");
	}

	@Test
	void wwwLinksGetAScheme() {
		assertThat(CommentText.toHtml("www.example.ma")).contains("href=\"https://www.example.ma\"");
	}

	@Test
	void javascriptUrlsAreNotLinked() {
		assertThat(CommentText.toHtml("javascript:alert(1)")).doesNotContain("<a");
	}

	@Test
	void quotesAfterAnAddressCannotAddAttributes() {
		String html = CommentText.toHtml("https://example.org/\"onmouseover=\"alert(1)\" x");
		assertThat(org.jsoup.Jsoup.parse(html).select("a")).singleElement().satisfies(link -> {
			assertThat(link.attributes().asList()).extracting(org.jsoup.nodes.Attribute::getKey)
				.containsExactly("href", "rel");
			assertThat(link.attr("href")).isEqualTo("https://example.org/");
		});
		assertThat(org.jsoup.Jsoup.parse(html).select("[onmouseover]")).isEmpty();
	}

	@Test
	void answersAcceptDigitsOfAnyScriptAndSpaces() {
		assertThat(ChallengeService.parseAnswer(" 10 ")).isEqualTo(10);
		assertThat(ChallengeService.parseAnswer("١٠")).isEqualTo(10);
		assertThat(ChallengeService.parseAnswer("۱۲")).isEqualTo(12);
		assertThat(ChallengeService.parseAnswer("dix")).isNull();
		assertThat(ChallengeService.parseAnswer("1 0")).isNull();
	}

	@Test
	void operandsAreSpelledOutByIcu() {
		assertThat(ChallengeService.spellOut(2, "fr")).isEqualTo("deux");
		assertThat(ChallengeService.spellOut(2, "en")).isEqualTo("two");
		assertThat(ChallengeService.spellOut(2, "ar")).isEqualTo("إثنان");
	}

}
