package uk.mljobs.roleguide;

/**
 * The parts of a guide page, in the order a reader meets them. Sections name their topic,
 * so a new section lands in the right place without a template change.
 */
public enum GuideTopic {

	OVERVIEW("overview", "What the job is"),

	DAY_TO_DAY("day-to-day", "Day to day"),

	STACK("tech-stack", "The tech stack"),

	SKILLS("skills", "Skills employers want"),

	PAY("salary", "Salary by level and region"),

	CONTRACTING("contract-rates", "Contract day rates"),

	CAREER("career", "Career progression"),

	LOCATIONS("locations", "Where the jobs are"),

	SECTORS("sectors", "Sectors building ML platforms"),

	COMPANIES("companies", "Companies hiring"),

	GETTING_HIRED("getting-hired", "How to get hired"),

	FAQ("faq", "Frequently asked questions");

	private final String anchor;

	private final String heading;

	GuideTopic(String anchor, String heading) {
		this.anchor = anchor;
		this.heading = heading;
	}

	public String anchor() {
		return this.anchor;
	}

	public String heading() {
		return this.heading;
	}

}
