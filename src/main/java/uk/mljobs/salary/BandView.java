package uk.mljobs.salary;

/**
 * One curated band as the API shows it.
 *
 * @param openEnded whether the top is a floor ("£200,000+") rather than a ceiling
 */
public record BandView(String role, String level, String levelTitle, String region, int minGbp, int maxGbp,
		boolean openEnded, String source) {
}
