package uk.mljobs.shared;

/**
 * A live posting as another feature's page lists it (a company's openings, a role guide's
 * newest jobs, the home page's): what its card shows, worded for reading.
 *
 * @param place "Remote", or the town
 * @param employmentType as worded for seekers, such as "Permanent, full-time"
 * @param pay as worded for seekers, such as "£100,000–£150,000 a year"
 * @param openDays days since it went up
 * @param longOpen open long enough for the card to say so: a hint of a ghost job
 */
public record PostingCard(String title, String path, String companyName, String place, String employmentType,
		String pay, boolean sample, boolean verifiedEmployer, boolean agency, long openDays, boolean longOpen) {
}
