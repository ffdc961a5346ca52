package uk.mljobs.search;

import uk.mljobs.shared.ChangeForAllInstances;

/**
 * Published when an admin saves the synonym list: every instance reloads it, this one at
 * once, the others when the announcement reaches them.
 */
record SynonymsChanged() implements ChangeForAllInstances {

	static final String TOPIC = "search-synonyms";

	@Override
	public String topic() {
		return TOPIC;
	}

}
