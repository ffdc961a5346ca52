package uk.mljobs.job;

import java.util.List;

import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.mljobs.shared.validation.Characters;
import uk.mljobs.shared.validation.IsoDate;
import uk.mljobs.shared.validation.OneOf;
import uk.mljobs.shared.validation.OrderedRange;
import uk.mljobs.shared.validation.PayForUnit;
import uk.mljobs.shared.validation.RequiredWhen;
import uk.mljobs.shared.validation.WholePounds;

/**
 * The posting form as submitted, every field as the text the browser sent, so that no
 * input, however mangled, stops the form from coming back with its messages. Only these
 * fields bind: status, owner, views and approval are not in it, so posting them changes
 * nothing.
 * <p>
 * Its constraints are checked in turn, each step only once the one before passed, so a
 * field shows the first thing to fix: each field on its own, then what tags, the address
 * and pay stand for ({@link Values}), then the pay range as a whole ({@link Range}). What
 * needs the database (the role, level, town, company and tools exist; the recruiter may
 * post) and today's date (the closing date) is checked by {@link PostingFormCheck}.
 *
 * @param idempotencyKey made when the form is first shown; the same key never makes a
 * second posting
 * @param version the version the recruiter edited, to catch edits that crossed
 * @param town a UK town's slug; the region follows from it
 * @param company for agency recruiters, the client's slug; direct employers post for
 * their own company
 * @param tags free skill tags, comma-separated
 * @param howToApply an http(s) address or an email address
 * @param closesOn an ISO date (yyyy-mm-dd); empty means 30 days from today
 */
@GroupSequence({ PostingForm.class, PostingForm.Values.class, PostingForm.Range.class })
@RequiredWhen(field = "ir35", when = "employmentType", is = "CONTRACT",
		message = "Contracts must state their IR35 status.")
// Contracts are paid by the day, as PostingContent.payUnit() stores them.
@PayForUnit(figures = { "payMin", "payMax" }, unit = "employmentType", daily = "CONTRACT",
		groups = PostingForm.Values.class)
@OrderedRange(min = "payMin", max = "payMax", message = "The highest pay must be at least the lowest.",
		groups = PostingForm.Range.class)
@NarrowPay(groups = PostingForm.Range.class)
record PostingForm(String idempotencyKey, String version,
		@NotBlank(message = "Enter a job title.") @Characters(min = 3, max = 120,
				message = "Use 3 to 120 characters.") String title,
		@NotBlank(message = "Choose a role.") String role, @NotBlank(message = "Choose a level.") String level,
		@NotBlank(message = "Choose a town.") String town,
		@NotBlank(message = "Choose a work mode.") @OneOf(value = WorkMode.class,
				message = "Choose a work mode.") String workMode,
		@Size(max = 80, message = "Use at most 80 characters.") String remoteResidency,
		@NotBlank(message = "Choose an employment type.") @OneOf(value = EmploymentType.class,
				message = "Choose an employment type.") String employmentType,
		@NotBlank(message = "Enter the lowest pay.") @WholePounds String payMin,
		@NotBlank(message = "Enter the highest pay.") @WholePounds String payMax,
		@OneOf(value = Ir35.class, message = "Choose an IR35 status.") String ir35,
		@NotBlank(message = "Choose the clearance needed, or None.") @OneOf(value = Clearance.class,
				message = "Choose a clearance level.") String clearance,
		@NotBlank(message = "Say whether you sponsor visas.") @Pattern(regexp = "true|false",
				message = "Say whether you sponsor visas.") String visaSponsorship,
		List<String> tools,
		@Size(max = 600, message = "Use at most 600 characters.") @TagList(groups = Values.class) String tags,
		@NotBlank(message = "Describe the role.") @Characters(min = 50, max = 20_000,
				message = "Write between 50 and 20,000 characters.") String description,
		@NotBlank(message = "Say how to apply: a web address or an email address.") @Size(
				max = HowToApply.LONGEST_ADDRESS,
				message = "Use at most 500 characters.") @ApplyAddress(groups = Values.class) String howToApply,
		@IsoDate String closesOn, String company) {

	static PostingForm blank(java.time.LocalDate closesOn) {
		return new PostingForm(java.util.UUID.randomUUID().toString(), null, "", "", "", "", WorkMode.HYBRID.name(),
				"UK", EmploymentType.PERMANENT_FULL_TIME.name(), "", "", "", Clearance.NONE.name(), "false", List.of(),
				"", "", "", closesOn.toString(), "");
	}

	public List<String> toolSlugs() {
		return (this.tools != null) ? this.tools : List.of();
	}

	/** Checked once every field is right on its own: what the values stand for. */
	interface Values {

	}

	/** Checked once the values are right: the pay range as a whole. */
	interface Range {

	}

}
