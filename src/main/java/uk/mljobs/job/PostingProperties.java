package uk.mljobs.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules for what recruiters may post ({@code mljobs.postings.*}).
 *
 * @param widestPayRatio how many times the lowest pay the highest may be, for salaries
 * and day rates alike: 1.6 by default, as the UK petition against "excessively broad" pay
 * ranges asks, so a range tells seekers what the job pays
 */
@ConfigurationProperties("mljobs.postings")
public record PostingProperties(@DefaultValue("1.6") double widestPayRatio) {

	public PostingProperties {
		if (widestPayRatio < 1) {
			throw new IllegalArgumentException("mljobs.postings.widest-pay-ratio must be at least 1");
		}
	}

	/** The ratio as the form words it: "1.6". */
	public String ratioText() {
		return java.math.BigDecimal.valueOf(this.widestPayRatio).stripTrailingZeros().toPlainString();
	}

	/** The highest pay allowed for a lowest of {@code min}, in whole pounds. */
	public int widestMaxFor(int min) {
		return (int) Math.floor(min * this.widestPayRatio + 1e-9);
	}

}
