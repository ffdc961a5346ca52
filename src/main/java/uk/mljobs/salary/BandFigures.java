package uk.mljobs.salary;

import java.util.LinkedHashMap;
import java.util.Map;

import uk.mljobs.shared.Gbp;

/**
 * What an admin sets on a salary band: the range in whole pounds a year, whether its top
 * is open-ended ("£200,000+"), where the figures come from and the year they describe.
 */
public record BandFigures(int min, int max, boolean openEnded, String source, int asOfYear) {

	/** The fields as the audit history records them, in form order. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("min", String.valueOf(this.min));
		values.put("max", String.valueOf(this.max));
		values.put("openEnded", String.valueOf(this.openEnded));
		values.put("source", this.source);
		values.put("asOfYear", String.valueOf(this.asOfYear));
		return values;
	}

	/** The range as the public tables print it. */
	public String range() {
		return Gbp.format(this.min) + "–" + Gbp.format(this.max) + (this.openEnded ? "+" : "");
	}

}
