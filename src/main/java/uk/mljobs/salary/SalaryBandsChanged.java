package uk.mljobs.salary;

import uk.mljobs.shared.ChangeForAllInstances;

/**
 * An admin created, edited, reviewed or retired a salary band: pages that show bands are
 * out of date once the transaction commits.
 */
public record SalaryBandsChanged(long bandId) implements ChangeForAllInstances {

	public static final String TOPIC = "salary-bands";

	@Override
	public String topic() {
		return TOPIC;
	}

}
