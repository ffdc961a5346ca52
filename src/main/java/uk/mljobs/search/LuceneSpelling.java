package uk.mljobs.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Spelling corrections from the index's own words ({@link LuceneSchema#SPELL}), with
 * Lucene's {@link DirectSpellChecker}: for a word no posting's title, skills or company
 * has (or only a few do), the more common word nearest to it, within {@link Spelling}'s
 * edits and keeping its first letter.
 */
final class LuceneSpelling {

	/** A word that this many postings have is taken as meant. */
	static final int KNOWN = 3;

	private LuceneSpelling() {
	}

	static Map<String, String> spellings(IndexReader reader, List<String> words) throws IOException {
		Map<String, String> corrections = new LinkedHashMap<>();
		for (String typed : words) {
			String word = Spelling.normalise(typed);
			int edits = Spelling.maxEdits(word);
			if (edits == 0 || corrections.containsKey(typed)) {
				continue;
			}
			Term term = new Term(LuceneSchema.SPELL, word);
			if (reader.docFreq(term) >= KNOWN) {
				continue;
			}
			DirectSpellChecker checker = new DirectSpellChecker();
			checker.setMaxEdits(edits);
			checker.setMinPrefix(Spelling.PREFIX);
			checker.setMinQueryLength(Spelling.MIN_LENGTH);
			checker.setAccuracy(0.5f);
			SuggestWord[] found = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_MORE_POPULAR);
			if (found.length > 0 && !found[0].string.equals(word)) {
				corrections.put(typed, found[0].string);
			}
		}
		return corrections;
	}

}
