package uk.mljobs.shared;

/**
 * Postings were written on this instance: published, edited, closed, expired. Published
 * for listeners on this instance once the transaction commits (many writes in one
 * transaction may publish it more than once); the other instances hear of it as a
 * {@code ChangedElsewhere} notice on {@link #TOPIC}, announced once per transaction.
 * Caches of figures over postings (facet counts, advertised pay) drop what they hold.
 */
public record PostingsChanged() {

	/** The announcement's topic for the other instances. */
	public static final String TOPIC = "postings";

}
