package uk.mljobs.roleguide;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of a guide an admin edits as lists of rows, each on a page of its own.
 */
enum GuidePart {

	LEVELS("levels", "level", "Levels",
			"Seniority levels, junior first. Salary bands and postings hang off these, so a level in use cannot be removed.",
			2),

	SECTIONS("sections", "section", "Sections", "The guide's prose, each under the topic where it appears on the page.",
			2),

	FACTS("facts", "fact", "Fact lists",
			"Short lists: typical tasks, entry routes, lateral moves, interview areas and more.", 3),

	STACK("stack", "category", "Tech stack", "Tool categories, and in each the tools with why they matter.", 1),

	SKILLS("skills", "skill", "Skills", "Skills employers call essential, and those emerging in postings.", 4),

	STAGES("stages", "stage", "Career stages", "The career ladder, first step first, with years and pay as published.",
			1),

	LOCATIONS("locations", "place", "Where the jobs are",
			"The towns and regions where the role's jobs are, and why there.", 2),

	SECTORS("sectors", "sector", "Sectors",
			"Sectors building ML platforms: a headline, a portrait and the employers named.", 1),

	COMPANIES("companies", "company", "Companies hiring",
			"Listed companies the guide names as hiring for the role, in order.", 3),

	FAQ("faq", "question", "Questions", "Frequently asked questions and our answers.", 2),

	GAPS("gaps", "gap", "Skills gaps", "Employer demand against candidate supply, in percent; the gap is worked out.",
			2),

	PAY("pay", "figure", "Market pay and day rates",
			"Published market salaries and contract day rates, UK-wide or for a region, each with its source and year. "
					+ "The salary bands by level are curated under Salary bands.",
			2);

	private final String slug;

	private final String noun;

	private final String label;

	private final String hint;

	private final int blankRows;

	GuidePart(String slug, String noun, String label, String hint, int blankRows) {
		this.slug = slug;
		this.noun = noun;
		this.label = label;
		this.hint = hint;
		this.blankRows = blankRows;
	}

	static Optional<GuidePart> of(String slug) {
		return Arrays.stream(values()).filter((part) -> part.slug.equals(slug)).findFirst();
	}

	public String slug() {
		return this.slug;
	}

	/** What one row is, for legends: "New question". */
	public String noun() {
		return this.noun;
	}

	public String label() {
		return this.label;
	}

	public String hint() {
		return this.hint;
	}

	/** How many empty rows the editor offers for new entries. */
	int blankRows() {
		return this.blankRows;
	}

}
