package uk.mljobs.search;

import java.util.Locale;

/**
 * When a word of a search may be corrected, and how far: words of 4 to 7 letters by one
 * edit (a letter added, dropped, changed, or two swapped), longer ones by two, shorter
 * ones not at all, and never the first letter. Words with digits or symbols ("k8s",
 * "c++") are taken as meant.
 */
final class Spelling {

	static final int MIN_LENGTH = 4;

	/** Letters at the start a correction keeps. */
	static final int PREFIX = 1;

	private Spelling() {
	}

	/** The edits a word may be corrected by: 0 when it is not to be corrected. */
	static int maxEdits(String word) {
		if (!word.chars().allMatch(Character::isLetter)) {
			return 0;
		}
		int length = word.length();
		if (length < MIN_LENGTH) {
			return 0;
		}
		return (length <= 7) ? 1 : 2;
	}

	static String normalise(String word) {
		return word.toLowerCase(Locale.ROOT);
	}

}
