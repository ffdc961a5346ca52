package uk.mljobs.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a search in the web-search syntax seekers know, read as PostgreSQL's
 * {@code websearch_to_tsquery} reads them: every word must match, {@code "quoted words"}
 * match as a phrase, {@code -word} excludes, and {@code or} separates alternatives, each
 * of which may have several words ({@code a b or c d} is {@code (a and b) or (c and d)}).
 *
 * @param text the words as typed
 * @param anyOf the alternatives; a posting matches when it matches one of them
 */
public record Words(String text, List<Conjunction> anyOf) {

	/**
	 * A word, or several words to match next to each other.
	 *
	 * @param text as typed, without quotes or a leading minus
	 * @param phrase whether it was quoted
	 * @param alternatives other words that mean the same here, any of which may match
	 * instead ({@link SynonymList}): "kubernetes" for "k8s"
	 */
	public record Term(String text, boolean phrase, List<String> alternatives) {

		public Term(String text, boolean phrase) {
			this(text, phrase, List.of());
		}

		/** The words as typed, then each alternative. */
		public List<String> forms() {
			if (this.alternatives.isEmpty()) {
				return List.of(this.text);
			}
			List<String> forms = new ArrayList<>(1 + this.alternatives.size());
			forms.add(this.text);
			forms.addAll(this.alternatives);
			return forms;
		}

	}

	/**
	 * One alternative: every required term must match, no excluded one may.
	 */
	public record Conjunction(List<Term> required, List<Term> excluded) {
	}

	/** Reads {@code text}; {@code null} or blank gives {@code null}. */
	public static Words parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		List<Conjunction> alternatives = new ArrayList<>();
		List<Term> required = new ArrayList<>();
		List<Term> excluded = new ArrayList<>();
		for (Token token : tokens(text)) {
			if (!token.quoted() && !token.negated() && token.text().toLowerCase(Locale.ROOT).equals("or")) {
				if (!required.isEmpty() || !excluded.isEmpty()) {
					alternatives.add(new Conjunction(List.copyOf(required), List.copyOf(excluded)));
					required.clear();
					excluded.clear();
				}
				continue;
			}
			(token.negated() ? excluded : required).add(new Term(token.text(), token.quoted()));
		}
		if (!required.isEmpty() || !excluded.isEmpty()) {
			alternatives.add(new Conjunction(List.copyOf(required), List.copyOf(excluded)));
		}
		return new Words(text, List.copyOf(alternatives));
	}

	/**
	 * The words a seeker might leave out to find more, as typed ({@code "feature store"}
	 * with its quotes): the required ones of a search without alternatives.
	 */
	public List<String> droppable() {
		if (this.anyOf.size() != 1) {
			return List.of();
		}
		return this.anyOf.get(0).required().stream().map(Words::typed).distinct().toList();
	}

	/**
	 * The words as typed, without one of them ({@link #droppable()}), or without a run of
	 * several ("outside ir35").
	 */
	public String without(String word) {
		return replacing(word, null);
	}

	/**
	 * The words as typed with one of them, or a run of several, in place of another
	 * ({@code null} to leave it out).
	 */
	public String replacing(String word, String replacement) {
		List<String> typed = new ArrayList<>();
		List<Boolean> negated = new ArrayList<>();
		for (Token token : tokens(this.text)) {
			typed.add((token.negated() ? "-" : "") + typed(new Term(token.text(), token.quoted())));
			negated.add(token.negated());
		}
		int run = word.split(" ").length;
		for (int i = 0; i + run <= typed.size(); i++) {
			if (!negated.get(i) && String.join(" ", typed.subList(i, i + run)).equalsIgnoreCase(word)) {
				List<String> rest = new ArrayList<>(typed.subList(0, i));
				if (replacement != null) {
					rest.add(replacement);
				}
				rest.addAll(typed.subList(i + run, typed.size()));
				return String.join(" ", rest);
			}
		}
		return this.text;
	}

	private static String typed(Term term) {
		return term.phrase() ? "\"" + term.text() + "\"" : term.text();
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
