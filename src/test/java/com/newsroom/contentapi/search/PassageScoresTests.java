package com.newsroom.contentapi.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passages are scored exactly as Lucene's own scorer scores them: each distinct word
 * once, with its count in the passage and its frequency in the text.
 */
class PassageScoresTests {

	@Test
	void repeatedWordsScoreAsLucenesScorerScoresThem() {
		Passage passage = new Passage();
		passage.setStartOffset(240);
		passage.setEndOffset(360);
		passage.addMatch(245, 257, new BytesRef("gouvern"), 7);
		passage.addMatch(270, 276, new BytesRef("reform"), 2);
		passage.addMatch(300, 312, new BytesRef("gouvern"), 7);
		passage.addMatch(330, 336, new BytesRef("budget"), 1);
		passage.addMatch(340, 352, new BytesRef("gouvern"), 7);

		float score = new PassageScores().score(passage, 4_000);

		assertThat(score).isEqualTo(new PassageScorer().score(passage, 4_000));
		assertThat(score).isNotEqualTo(new PassageScorer().score(withoutRepeats(), 4_000));
	}

	@Test
	void aPassageWithoutMatchesScoresNothing() {
		Passage passage = new Passage();
		passage.setStartOffset(0);
		passage.setEndOffset(120);

		assertThat(new PassageScores().score(passage, 4_000)).isZero();
	}

	private static Passage withoutRepeats() {
		Passage passage = new Passage();
		passage.setStartOffset(240);
		passage.setEndOffset(360);
		passage.addMatch(245, 257, new BytesRef("gouvern"), 7);
		passage.addMatch(270, 276, new BytesRef("reform"), 2);
		passage.addMatch(330, 336, new BytesRef("budget"), 1);
		return passage;
	}

}
