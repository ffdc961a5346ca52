package uk.mljobs.job;

import uk.mljobs.job.PostingContent.PayUnit;

/**
 * A posting's advertised pay: whole pounds a year, or a contract's day rate. Pages print
 * it as its label; the API gives the figures beside it, so clients need not read them
 * back out of "£600–£750 a day".
 *
 * @param min lowest figure in pounds
 * @param max highest figure in pounds
 * @param perDay a day rate rather than a yearly salary
 */
public record PostingPay(int min, int max, boolean perDay) {

	static PostingPay of(PayUnit unit, int min, int max) {
		return new PostingPay(min, max, unit == PayUnit.DAY);
	}

	/** As pages word it: "£100,000–£150,000 a year", "£600–£750 a day". */
	public String label() {
		return PostingLayout.pay(this.perDay ? PayUnit.DAY : PayUnit.YEAR, this.min, this.max);
	}

	/** The period the figures are for, as schema.org's unitText says it. */
	public String unit() {
		return this.perDay ? "DAY" : "YEAR";
	}

	/** The label, so templates and text print the pay as seekers read it. */
	@Override
	public String toString() {
		return label();
	}

}
