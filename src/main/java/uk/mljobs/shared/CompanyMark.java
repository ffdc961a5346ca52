package uk.mljobs.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How an employer is recognised at a glance beside its name: its uploaded logo, or, while
 * it has none, a monogram of its initials on a colour derived from its name, so every
 * card holds the same square and the list stays even.
 *
 * @param name the company's name
 * @param logoPath the address of its logo (with the content hash), or {@code null}
 */
public record CompanyMark(String name, String logoPath) {

	/** How many monogram colours the stylesheet defines ({@code .mark-tone-0} …). */
	public static final int TONES = 8;

	/** Words a monogram skips: "The Hut Group" is THG's, not a T. */
	private static final Set<String> SKIPPED = Set.of("the", "and", "of", "&", "ltd", "limited", "plc", "llp", "inc");

	public boolean hasLogo() {
		return this.logoPath != null;
	}

	/** One or two letters: the first of the first two words that count. */
	public String initials() {
		List<String> words = new ArrayList<>();
		for (String word : ((this.name != null) ? this.name : "").split("[\\s\\-–/,]+")) {
			String letters = word.replaceAll("[^\\p{L}\\p{N}]", "");
			if (!letters.isEmpty() && !SKIPPED.contains(word.toLowerCase(Locale.ROOT))) {
				words.add(letters);
			}
		}
		if (words.isEmpty()) {
			return "?";
		}
		StringBuilder initials = new StringBuilder();
		for (String word : words.subList(0, Math.min(2, words.size()))) {
			initials.appendCodePoint(word.codePointAt(0));
		}
		return initials.toString().toUpperCase(Locale.UK);
	}

	/**
	 * Which of the {@link #TONES} colours the monogram takes: fixed by the name (FNV-1a
	 * of its lower-case bytes, which spreads even short, similar names over the tones),
	 * so a company keeps its colour on every page and after every restart.
	 */
	public int tone() {
		int hash = 0x811c9dc5;
		for (byte b : ((this.name != null) ? this.name : "").toLowerCase(Locale.ROOT)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
			hash = (hash ^ (b & 0xff)) * 0x01000193;
		}
		return Integer.remainderUnsigned(hash, TONES);
	}

}
