package uk.mljobs.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The market's words that mean the same, as admins write them, one group a line: either
 * words that all mean the same ({@code k8s, kubernetes}), or words that stand for others
 * ({@code cloud ml => sagemaker, vertex ai, azure ml}: searching the left finds the
 * right, not the other way round). A search's words are matched against them before an
 * engine sees the search, the longest run of words first, so {@code ml ops} is
 * {@code mlops} and {@code ml engineer} is {@code machine learning engineer}, not
 * {@code machine learning} and {@code engineer}. Case, hyphens, slashes and dots do not
 * matter ({@code ML-Ops} is {@code ml ops}).
 */
public final class SynonymList {

	/** The most words a synonym may have: a search looks this far ahead. */
	public static final int MAX_WORDS = 5;

	public static final int MAX_LINE = 300;

	public static final int MAX_LINES = 2_000;

	private static final int MAX_PHRASES = 20;

	/** For each phrase, as {@link #key} writes it, what else it matches. */
	private final Map<String, List<String>> alternatives;

	private final List<String> lines;

	private SynonymList(Map<String, List<String>> alternatives, List<String> lines) {
		this.alternatives = alternatives;
		this.lines = lines;
	}

	public static SynonymList empty() {
		return new SynonymList(Map.of(), List.of());
	}

	/** One line that could not be read, with why. */
	public record Problem(int line, String text, String message) {
	}

	/**
	 * Reads {@code lines}; blank lines and those starting with {@code #} are skipped.
	 * @throws InvalidSynonymsException naming every line that cannot be read
	 */
	public static SynonymList parse(List<String> lines) {
		List<Problem> problems = new ArrayList<>();
		Map<String, Set<String>> alternatives = new LinkedHashMap<>();
		List<String> kept = new ArrayList<>();
		if (lines.size() > MAX_LINES) {
			problems.add(new Problem(MAX_LINES + 1, "", "Keep to " + MAX_LINES + " lines."));
		}
		for (int i = 0; i < lines.size() && i < MAX_LINES; i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String problem = read(line, alternatives);
			if (problem != null) {
				problems.add(new Problem(i + 1, line, problem));
			}
			else {
				kept.add(line);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidSynonymsException(problems);
		}
		Map<String, List<String>> frozen = new LinkedHashMap<>();
		alternatives.forEach((key, others) -> frozen.put(key, List.copyOf(others)));
		return new SynonymList(Map.copyOf(frozen), List.copyOf(kept));
	}

	/** The lines as stored, comments and blanks left out. */
	public List<String> lines() {
		return this.lines;
	}

	public int groups() {
		return this.lines.size();
	}

	/** The phrase as matched: lower case, words separated by single spaces. */
	public static String key(String text) {
		return text.toLowerCase(Locale.ROOT)
			.replaceAll("[\\-_/.,;:()\\[\\]{}\"']+", " ")
			.strip()
			.replaceAll("\\s+", " ");
	}

	/** What {@code phrase} also matches, none when it is no synonym. */
	public List<String> alternativesOf(String phrase) {
		return this.alternatives.getOrDefault(key(phrase), List.of());
	}

	/**
	 * @return why the line cannot be read, or {@code null}
	 */
	private static String read(String line, Map<String, Set<String>> alternatives) {
		if (line.length() > MAX_LINE) {
			return "Keep a line to " + MAX_LINE + " characters.";
		}
		String[] sides = line.split("=>", -1);
		if (sides.length > 2) {
			return "Use “=>” once at most.";
		}
		List<String> left = phrases(sides[0]);
		List<String> right = (sides.length == 2) ? phrases(sides[1]) : left;
		if (left.isEmpty() || right.isEmpty()) {
			return (sides.length == 2) ? "Give words on both sides of “=>”."
					: "Give at least two phrases, separated by commas.";
		}
		if (sides.length == 1 && left.size() < 2) {
			return "Give at least two phrases, separated by commas, or “words => what they stand for”.";
		}
		if (left.size() + right.size() > MAX_PHRASES * 2) {
			return "Keep a line to " + MAX_PHRASES + " phrases a side.";
		}
		for (String phrase : union(left, right)) {
			String key = key(phrase);
			if (key.isEmpty()) {
				return "“" + phrase + "” has no letters or digits to match.";
			}
			if (key.split(" ").length > MAX_WORDS) {
				return "“" + phrase + "” is longer than " + MAX_WORDS + " words.";
			}
		}
		for (String from : left) {
			Set<String> others = alternatives.computeIfAbsent(key(from), (k) -> new LinkedHashSet<>());
			for (String to : right) {
				if (!key(to).equals(key(from))) {
					others.add(key(to));
				}
			}
		}
		return null;
	}

	private static List<String> union(List<String> a, List<String> b) {
		Set<String> all = new LinkedHashSet<>(a);
		all.addAll(b);
		return List.copyOf(all);
	}

	private static List<String> phrases(String side) {
		List<String> phrases = new ArrayList<>();
		for (String phrase : side.split(",")) {
			if (!phrase.isBlank()) {
				phrases.add(phrase.strip());
			}
		}
		return phrases;
	}

	/**
	 * The words with each run that is a synonym given its alternatives: the longest run
	 * at each place wins. Runs are made of consecutive words outside quotes; a quoted
	 * phrase is matched whole. Words to leave out are matched one by one.
	 */
	public Words expand(Words words) {
		if (words == null || this.alternatives.isEmpty()) {
			return words;
		}
		List<Words.Conjunction> expanded = new ArrayList<>();
		boolean changed = false;
		for (Words.Conjunction conjunction : words.anyOf()) {
			List<Words.Term> required = expandRun(conjunction.required());
			List<Words.Term> excluded = new ArrayList<>();
			for (Words.Term term : conjunction.excluded()) {
				excluded.add(single(term));
			}
			changed |= !required.equals(conjunction.required()) || !excluded.equals(conjunction.excluded());
			expanded.add(new Words.Conjunction(List.copyOf(required), List.copyOf(excluded)));
		}
		return changed ? new Words(words.text(), List.copyOf(expanded)) : words;
	}

	private Words.Term single(Words.Term term) {
		List<String> others = alternativesOf(term.text());
		return others.isEmpty() ? term : new Words.Term(term.text(), term.phrase(), others);
	}

	private List<Words.Term> expandRun(List<Words.Term> terms) {
		List<Words.Term> out = new ArrayList<>();
		int i = 0;
		while (i < terms.size()) {
			Words.Term first = terms.get(i);
			int matched = 0;
			List<String> others = List.of();
			if (!first.phrase()) {
				int words = 0;
				StringBuilder run = new StringBuilder();
				for (int j = i; j < terms.size() && !terms.get(j).phrase(); j++) {
					run.append(run.isEmpty() ? "" : " ").append(terms.get(j).text());
					words += key(terms.get(j).text()).split(" ").length;
					if (words > MAX_WORDS) {
						break;
					}
					List<String> found = alternativesOf(run.toString());
					if (!found.isEmpty()) {
						matched = j - i + 1;
						others = found;
					}
				}
			}
			if (matched == 0) {
				out.add(single(first));
				i++;
				continue;
			}
			StringBuilder text = new StringBuilder();
			for (int j = i; j < i + matched; j++) {
				text.append(text.isEmpty() ? "" : " ").append(terms.get(j).text());
			}
			out.add(new Words.Term(text.toString(), matched > 1, others));
			i += matched;
		}
		return out;
	}

	/** Lines that could not be read. */
	public static class InvalidSynonymsException extends RuntimeException {

		private final List<Problem> problems;

		InvalidSynonymsException(List<Problem> problems) {
			super(problems.size() + " synonym lines could not be read");
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return this.problems;
		}

	}

}
