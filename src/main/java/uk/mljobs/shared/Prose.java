package uk.mljobs.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits stored plain text into blocks a template can print escaped: blank lines separate
 * paragraphs, and consecutive lines starting with {@code "- "} form a bullet list.
 * Keeping guide text out of HTML means nothing stored can inject markup.
 */
public final class Prose {

	private Prose() {
	}

	public static List<Block> blocks(String text) {
		List<Block> blocks = new ArrayList<>();
		if (text == null) {
			return blocks;
		}
		for (String chunk : text.strip().split("\\n\\s*\\n")) {
			List<String> items = new ArrayList<>();
			StringBuilder paragraph = new StringBuilder();
			for (String line : chunk.split("\\n")) {
				String trimmed = line.strip();
				if (trimmed.startsWith("- ")) {
					flushParagraph(paragraph, blocks);
					items.add(trimmed.substring(2).strip());
				}
				else if (!trimmed.isEmpty()) {
					flushList(items, blocks);
					paragraph.append(paragraph.isEmpty() ? "" : " ").append(trimmed);
				}
			}
			flushParagraph(paragraph, blocks);
			flushList(items, blocks);
		}
		return blocks;
	}

	private static void flushParagraph(StringBuilder paragraph, List<Block> blocks) {
		if (!paragraph.isEmpty()) {
			blocks.add(new Block(paragraph.toString(), List.of()));
			paragraph.setLength(0);
		}
	}

	private static void flushList(List<String> items, List<Block> blocks) {
		if (!items.isEmpty()) {
			blocks.add(new Block(null, List.copyOf(items)));
			items.clear();
		}
	}

	/**
	 * A paragraph ({@code text} set) or a bullet list ({@code items} non-empty).
	 *
	 * @param text the paragraph, or {@code null} for a list
	 * @param items the list items, empty for a paragraph
	 */
	public record Block(String text, List<String> items) {

		public boolean isList() {
			return this.text == null;
		}

	}

}
