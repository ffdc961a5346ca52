package uk.mljobs.market;

/**
 * What an admin sets on a role guide's head: checked and cleaned by the caller.
 *
 * @param title display title, such as {@code AI Engineer}
 * @param tagline one-line pitch
 * @param summary a paragraph on what the role is
 * @param sourceTitle the published source the guide's figures come from
 * @param sourceUpdated how current that source says it is
 * @param typicalTenureMonths how long people typically stay, or {@code null}
 */
public record RoleDetails(String title, String tagline, String summary, String sourceTitle, String sourceUpdated,
		Integer typicalTenureMonths) {
}
