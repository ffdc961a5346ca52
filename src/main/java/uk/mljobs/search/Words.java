package uk.mljobs.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a search in the web-search syntax seekers know, as PostgreSQL's
 * {@code websearch_to_tsquery} reads them: every word must match, {@code "quoted words"}
 * match as a phrase, {@code -word} excludes, and {@code or} between two words or phrases
 * accepts either.
 *
 * @param text the words as typed
 * @param required every group must match; a group matches when any of its terms does
 * @param excluded no term may match
 */
public record Words(String text, List<List<Term>> required, List<Term> excluded) {

	/**
	 * A word, or several words to match next to each other.
	 *
	 * @param text as typed, without quotes or a leading minus
	 * @param phrase whether it was quoted
	 */
	public record Term(String text, boolean phrase) {
	}

	public boolean isEmpty() {
		return this.required.isEmpty() && this.excluded.isEmpty();
	}

	/** Reads {@code text}; {@code null} or blank gives {@code null}. */
	public static Words parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		List<Token> tokens = tokens(text);
		List<List<Term>> required = new ArrayList<>();
		List<Term> excluded = new ArrayList<>();
		boolean joinNext = false;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			boolean isOr = !token.quoted() && !token.negated() && token.text().toLowerCase(Locale.ROOT).equals("or");
			if (isOr && !required.isEmpty() && i + 1 < tokens.size() && !tokens.get(i + 1).negated()) {
				joinNext = true;
				continue;
			}
			Term term = new Term(token.text(), token.quoted());
			if (token.negated()) {
				excluded.add(term);
			}
			else if (joinNext) {
				List<Term> group = new ArrayList<>(required.remove(required.size() - 1));
				group.add(term);
				required.add(List.copyOf(group));
			}
			else {
				required.add(List.of(term));
			}
			joinNext = false;
		}
		return new Words(text, List.copyOf(required), List.copyOf(excluded));
	}

	private record Token(String text, boolean quoted, boolean negated) {
	}

	private static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			boolean negated = false;
			if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
				negated = true;
				i++;
				c = text.charAt(i);
			}
			if (c == '"') {
				int end = text.indexOf('"', i + 1);
				String phrase = (end < 0) ? text.substring(i + 1) : text.substring(i + 1, end);
				i = (end < 0) ? n : end + 1;
				if (!phrase.isBlank()) {
					tokens.add(new Token(phrase.strip(), true, negated));
				}
				continue;
			}
			int start = i;
			while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '"') {
				i++;
			}
			tokens.add(new Token(text.substring(start, i), false, negated));
		}
		return tokens;
	}

}
