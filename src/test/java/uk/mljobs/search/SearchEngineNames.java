package uk.mljobs.search;

import java.util.List;

/** The engines every behaviour test runs against. */
final class SearchEngineNames {

	private SearchEngineNames() {
	}

	static List<String> available() {
		return List.of(LuceneEngine.NAME, Engines.POSTGRES, OpenSearchEngine.NAME);
	}

}
