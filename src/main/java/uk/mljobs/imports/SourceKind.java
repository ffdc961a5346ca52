package uk.mljobs.imports;

import uk.mljobs.shared.Choices;

/**
 * The kinds of employer feed the board reads, each with what its token is.
 */
enum SourceKind {

	GREENHOUSE("Greenhouse", "board token (boards.greenhouse.io/<token>)"),

	LEVER("Lever", "site name (jobs.lever.co/<site>)"),

	LEVER_EU("Lever (EU)", "site name (jobs.eu.lever.co/<site>)"),

	ASHBY("Ashby", "job board name (jobs.ashbyhq.com/<name>)"),

	WORKABLE("Workable", "account name (apply.workable.com/<account>)"),

	SMARTRECRUITERS("SmartRecruiters", "company identifier (careers.smartrecruiters.com/<id>)"),

	JSONLD("Careers page (JobPosting markup)", "page address (https://…)");

	private final String label;

	private final String token;

	SourceKind(String label, String token) {
		this.label = label;
		this.token = token;
	}

	public String label() {
		return this.label;
	}

	/** What the source's token is, for the admin form. */
	public String tokenHint() {
		return this.token;
	}

	/** As configuration and URLs write it: {@code greenhouse}, {@code lever-eu}. */
	public String slug() {
		return Choices.slug(this);
	}

}
