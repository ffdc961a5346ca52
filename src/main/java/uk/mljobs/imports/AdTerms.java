package uk.mljobs.imports;

import java.util.Locale;
import java.util.regex.Pattern;

import uk.mljobs.job.Clearance;
import uk.mljobs.job.EmploymentType;
import uk.mljobs.job.Ir35;
import uk.mljobs.job.WorkMode;

/**
 * The terms a UK job ad states in words: IR35 status, security clearance, visa
 * sponsorship, work mode and kind of contract. Each reading is a rule written out below;
 * what no rule finds is left to the feed's own fields or to the board's default (no
 * clearance, no sponsorship, on site, permanent full time).
 */
final class AdTerms {

	private static final Pattern OUTSIDE_IR35 = Pattern.compile("\\boutside\\s+(?:of\\s+)?ir\\s?35\\b");

	private static final Pattern INSIDE_IR35 = Pattern.compile("\\binside\\s+(?:of\\s+)?ir\\s?35\\b");

	private static final Pattern DV = Pattern
		.compile("\\b(?:dv|edv)(?:\\s|-)*(?:clear(?:ed|ance)|vetted|vetting|level)\\b|\\bdeveloped\\s+vetting\\b");

	private static final Pattern SC = Pattern.compile("\\bsc(?:\\s|-)*(?:clear(?:ed|ance|able)|level|eligib\\w*)\\b"
			+ "|\\bsecurity\\s+check(?:ed)?\\s+(?:clearance|level)\\b|\\beligible\\s+(?:for|to\\s+obtain)\\s+sc\\b");

	private static final Pattern CTC = Pattern
		.compile("\\bctc(?:\\s|-)*(?:clear(?:ed|ance)|level|vetting)\\b" + "|\\bcounter[- ]terrorist\\s+check\\b");

	private static final Pattern BPSS = Pattern.compile("\\bbpss\\b|\\bbaseline\\s+personnel\\s+security\\b");

	private static final Pattern NO_SPONSORSHIP = Pattern.compile("\\b(?:no|not\\s+(?:able\\s+to\\s+)?offer(?:ing)?"
			+ "|unable\\s+to\\s+(?:offer|provide)|cannot\\s+(?:offer|provide)|can'?t\\s+(?:offer|provide)|without)"
			+ "\\s+(?:visa\\s+)?sponsorship\\b|\\b(?:unable|not\\s+able)\\s+to\\s+sponsor\\b|\\bcannot\\s+sponsor\\b"
			+ "|\\bcan'?t\\s+sponsor\\b|\\bdo(?:es)?\\s+not\\s+(?:offer\\s+|provide\\s+)?sponsor(?:ship)?\\b"
			+ "|\\bsponsorship\\s+is\\s+not\\s+(?:available|offered|possible)\\b");

	private static final Pattern SPONSORSHIP = Pattern.compile("\\bvisa\\s+sponsorship\\s+(?:is\\s+)?(?:available|"
			+ "offered|provided|possible)\\b|\\bsponsorship\\s+(?:is\\s+)?available\\b|\\bwe\\s+(?:can|will|do|are\\s+"
			+ "able\\s+to)\\s+sponsor\\b|\\b(?:offer|offers|provide|provides)\\s+(?:visa\\s+)?sponsorship\\b"
			+ "|\\bskilled\\s+worker\\s+(?:visa\\s+)?sponsor(?:ship)?\\b");

	private static final Pattern REMOTE = Pattern.compile("\\b(?:fully|100%|completely|entirely)\\s+remote\\b"
			+ "|\\bremote[- ](?:first|only)\\b|\\bwork\\s+from\\s+anywhere\\s+in\\s+the\\s+uk\\b|\\bremote\\s*\\(uk\\)"
			+ "|\\bremote\\s*[-,–]\\s*(?:uk|united\\s+kingdom)\\b|\\b(?:uk|united\\s+kingdom)\\s*[-,–(]?\\s*remote\\b");

	private static final Pattern HYBRID = Pattern.compile("\\bhybrid\\b|\\b(?:one|two|three|four|[1-4])\\s+"
			+ "(?:days?|times)\\s+(?:a|per|each)\\s+week\\s+(?:in|at)\\s+(?:the|our)\\s+(?:office|studio|hq)\\b"
			+ "|\\b(?:one|two|three|four|[1-4])\\s+days?\\s+(?:in|at)\\s+(?:the|our)\\s+(?:office|studio|hq)\\b");

	private static final Pattern ON_SITE = Pattern
		.compile("\\bon[- ]?site\\b|\\bin[- ]office\\b|\\boffice[- ]based\\b");

	private static final Pattern FIXED_TERM = Pattern.compile("\\bfixed[-_ ]term\\b|\\bftc\\b|\\bmaternity\\s+cover\\b"
			+ "|\\bparental\\s+leave\\s+cover\\b|\\b\\d{1,2}[- ]month\\s+(?:fixed|contract|secondment)\\b");

	private static final Pattern CONTRACT = Pattern.compile("\\bcontract(?:or)?\\b|\\bfreelance\\b|\\binterim\\b");

	private static final Pattern PART_TIME = Pattern.compile("\\bpart[-_ ]?time\\b");

	private AdTerms() {
	}

	/**
	 * IR35 status stated in the ad; a contract that states none is "not yet determined".
	 */
	static Ir35 ir35(String text, boolean contract) {
		String lower = lower(text);
		if (OUTSIDE_IR35.matcher(lower).find()) {
			return Ir35.OUTSIDE;
		}
		if (INSIDE_IR35.matcher(lower).find()) {
			return Ir35.INSIDE;
		}
		return contract ? Ir35.UNDETERMINED : null;
	}

	/** The highest clearance the ad asks for (DV over SC over CTC over BPSS). */
	static Clearance clearance(String text) {
		String lower = lower(text);
		if (DV.matcher(lower).find()) {
			return Clearance.DV;
		}
		if (SC.matcher(lower).find()) {
			return Clearance.SC;
		}
		if (CTC.matcher(lower).find()) {
			return Clearance.CTC;
		}
		if (BPSS.matcher(lower).find()) {
			return Clearance.BPSS;
		}
		return Clearance.NONE;
	}

	/**
	 * Visa sponsorship only where the ad offers it, never where it also says it cannot.
	 */
	static boolean visaSponsorship(String text) {
		String lower = lower(text);
		return !NO_SPONSORSHIP.matcher(lower).find() && SPONSORSHIP.matcher(lower).find();
	}

	/**
	 * The work mode the ad names: remote where it says fully remote (or remote in the
	 * UK), hybrid where it says hybrid or names office days, on site where it says so;
	 * {@code fallback} otherwise.
	 */
	static WorkMode workMode(String text, WorkMode fallback) {
		String lower = lower(text);
		if (REMOTE.matcher(lower).find()) {
			return WorkMode.REMOTE;
		}
		if (HYBRID.matcher(lower).find()) {
			return WorkMode.HYBRID;
		}
		if (ON_SITE.matcher(lower).find()) {
			return WorkMode.ON_SITE;
		}
		return fallback;
	}

	/**
	 * The kind of contract: a day rate makes it a contract; else fixed term, part time or
	 * permanent full time, from the feed's commitment field and the ad's words.
	 */
	static EmploymentType employmentType(String commitment, String text, boolean dayRate) {
		if (dayRate) {
			return EmploymentType.CONTRACT;
		}
		String both = lower(commitment) + " " + lower(text);
		if (FIXED_TERM.matcher(both).find()) {
			return EmploymentType.FIXED_TERM;
		}
		if (PART_TIME.matcher(lower(commitment)).find()) {
			return EmploymentType.PERMANENT_PART_TIME;
		}
		return EmploymentType.PERMANENT_FULL_TIME;
	}

	/** Whether the feed's commitment field or the title calls it a contract. */
	static boolean contract(String commitment, String title) {
		return CONTRACT.matcher(lower(commitment)).find() || CONTRACT.matcher(lower(title)).find();
	}

	private static String lower(String text) {
		return (text == null) ? "" : text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
	}

}
