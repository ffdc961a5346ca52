package uk.mljobs.shared;

/**
 * An event whose effect on cached pages and counts every instance must hear of, not only
 * the one where it happened. Once its transaction commits it is announced to the other
 * instances under its {@link #topic()}.
 */
public interface ChangeForAllInstances {

	/** What changed, in a word caches listen for, such as {@code salary-bands}. */
	String topic();

}
