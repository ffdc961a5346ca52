package uk.mljobs.imports;

/**
 * The admin's form for a new source.
 *
 * @param company the company's slug
 * @param kind the kind's slug
 * @param token the board token, account or site name, or the careers page's address
 * @param publish {@code review} or {@code direct}
 */
record SourceForm(String company, String kind, String token, String publish) {

	static SourceForm blank() {
		return new SourceForm("", "", "", "review");
	}

}
