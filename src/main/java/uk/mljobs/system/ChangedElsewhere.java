package uk.mljobs.system;

/**
 * Published on this instance when another instance announces a committed change (see
 * {@link ChangeNotices}), so caches here drop what it made stale.
 *
 * @param topic what changed, such as {@code salary-bands}, or {@link #EVERYTHING} after
 * this instance may have missed announcements
 */
public record ChangedElsewhere(String topic) {

	/** Announcements may have been missed (the listening connection was down). */
	public static final String EVERYTHING = "*";

	/** Whether a cache of {@code topic} should drop what it holds. */
	public boolean concerns(String topic) {
		return this.topic.equals(topic) || EVERYTHING.equals(this.topic);
	}

}
