package uk.mljobs.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run found: items seen, postings created, updated and closed, and items left
 * out by reason, with an example title for each.
 */
final class Counts {

	private int seen;

	private int created;

	private int updated;

	private int closed;

	private final Map<String, Sources.Skip> skipped = new LinkedHashMap<>();

	void addSeen() {
		this.seen++;
	}

	void addCreated() {
		this.created++;
	}

	void addUpdated() {
		this.updated++;
	}

	void addClosed(int count) {
		this.closed += count;
	}

	void addSkipped(String reason, String title) {
		this.skipped.merge(reason, new Sources.Skip(reason, 1, title),
				(old, one) -> new Sources.Skip(reason, old.count() + 1, old.example()));
	}

	int seen() {
		return this.seen;
	}

	int created() {
		return this.created;
	}

	int updated() {
		return this.updated;
	}

	int closed() {
		return this.closed;
	}

	Map<String, Sources.Skip> skipped() {
		return this.skipped;
	}

	int skippedTotal() {
		return this.skipped.values().stream().mapToInt(Sources.Skip::count).sum();
	}

}
