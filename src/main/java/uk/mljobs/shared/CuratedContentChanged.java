package uk.mljobs.shared;

/**
 * Published when an admin changes reference data or editorial content (companies,
 * sectors, towns, role guides) so that caches of pages and vocabularies drop what they
 * hold: on this instance at once, on the others when the announcement reaches them.
 *
 * @param what a short description for logs, such as {@code company 12}
 */
public record CuratedContentChanged(String what) implements ChangeForAllInstances {

	public static final String TOPIC = "curated-content";

	@Override
	public String topic() {
		return TOPIC;
	}

}
