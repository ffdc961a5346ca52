package uk.mljobs.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A live posting as a list shows it (search results, a company's openings, a role guide's
 * newest jobs, the home page's): what its card shows, worded for reading.
 *
 * @param id the posting's id (for the Save button)
 * @param place "Remote", or the town
 * @param employmentType as worded for seekers, such as "Permanent, full-time"
 * @param pay as worded for seekers, such as "£100,000–£150,000 a year"
 * @param openDays days since it went up
 * @param longOpen open long enough for the card to say so: a hint of a ghost job
 * @param workMode "On-site", "Hybrid" or "Remote"
 * @param ir35 a contract's IR35 status as worded for seekers, or {@code null}
 * @param postedOn the day it went up, or {@code null} if it has not
 * @param copies other advertisers' copies of the job folded under it
 * @param company the employer's logo or monogram
 */
public record PostingCard(long id, String title, String path, String companyName, String place, String employmentType,
		String pay, boolean sample, boolean verifiedEmployer, boolean agency, long openDays, boolean longOpen,
		String workMode, String ir35, LocalDate postedOn, int copies, CompanyMark company) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

	/**
	 * One of the small labels a card carries, so a seeker can scan a list for pay, place
	 * and terms. Each says what it is in words ({@code label} for screen readers where
	 * the text alone would not), so nothing rests on its colour.
	 *
	 * @param kind what it is, for the stylesheet: pay, place, mode, contract, posted,
	 * long-open
	 * @param label what a screen reader says before it, or {@code null}
	 * @param date the date it gives, for a {@code <time>} element, or {@code null}
	 */
	public record Chip(String kind, String label, String text, LocalDate date) {
	}

	/**
	 * Pay, place, work mode, contract (with IR35) and when it was posted, in that order.
	 */
	public List<Chip> chips() {
		List<Chip> chips = new ArrayList<>();
		chips.add(new Chip("pay", "Pay", this.pay, null));
		if (!this.place.equals(this.workMode)) {
			chips.add(new Chip("place", "Location", this.place, null));
		}
		chips.add(new Chip("mode", "Work mode", this.workMode, null));
		chips.add(new Chip("contract", "Terms",
				(this.ir35 != null) ? this.employmentType + ", " + this.ir35 : this.employmentType, null));
		if (this.postedOn != null) {
			String posted = "Posted " + DAY.format(this.postedOn);
			chips.add(this.longOpen
					? new Chip("long-open", null, posted + ", open for " + this.openDays + " days", this.postedOn)
					: new Chip("posted", null, posted, this.postedOn));
		}
		return chips;
	}

}
