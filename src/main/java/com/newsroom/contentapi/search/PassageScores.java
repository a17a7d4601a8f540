package com.newsroom.contentapi.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's distinct words, normalised by its
 * position), counted without the hash table {@link PassageScorer#score} allocates for
 * each passage: a passage holds a handful of matches, so a linear search for a word seen
 * before is enough.
 */
final class PassageScores extends PassageScorer {

	@Override
	public float score(Passage passage, int contentLength) {
		int matches = passage.getNumMatches();
		BytesRef[] terms = passage.getMatchTerms();
		double score = 0d;
		for (int i = 0; i < matches; i++) {
			if (seenBefore(terms, i)) {
				continue;
			}
			int inPassage = 1;
			for (int j = i + 1; j < matches; j++) {
				if (terms[j].bytesEquals(terms[i])) {
					inPassage++;
				}
			}
			score += tf(inPassage, passage.getLength()) * weight(contentLength, passage.getMatchTermFreqsInDoc()[i]);
		}
		return (float) (score * norm(passage.getStartOffset()));
	}

	private static boolean seenBefore(BytesRef[] terms, int i) {
		for (int j = 0; j < i; j++) {
			if (terms[j].bytesEquals(terms[i])) {
				return true;
			}
		}
		return false;
	}

}
