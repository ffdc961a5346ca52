package uk.mljobs.activity;

/**
 * A posting's counts over some days.
 *
 * @param impressions times it was listed on a results page or in an alert digest
 * @param views times its page was read
 * @param applyClicks times its Apply link was followed
 * @param saves times a seeker saved it
 */
public record ActivityTotals(long impressions, long views, long applyClicks, long saves) {

	public static final ActivityTotals NONE = new ActivityTotals(0, 0, 0, 0);

	ActivityTotals plus(ActivityTotals other) {
		return new ActivityTotals(this.impressions + other.impressions, this.views + other.views,
				this.applyClicks + other.applyClicks, this.saves + other.saves);
	}

}
