package uk.mljobs.job;

import java.util.LinkedHashSet;
import java.util.Set;

import uk.mljobs.shared.Text;

/**
 * Free skill tags as a recruiter types them, comma-separated, read as the posting stores
 * them: folded ({@link Text#fold}), spaces collapsed, each once.
 */
final class Tags {

	static final int MOST = 15;

	static final int LONGEST = 40;

	private Tags() {
	}

	static Set<String> read(String text) {
		Set<String> tags = new LinkedHashSet<>();
		if (text == null || text.isBlank()) {
			return tags;
		}
		for (String part : text.split(",")) {
			String tag = Text.fold(part).strip().replaceAll("\\s+", " ");
			if (!tag.isEmpty()) {
				tags.add(tag);
			}
		}
		return tags;
	}

}
