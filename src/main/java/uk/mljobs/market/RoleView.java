package uk.mljobs.market;

/**
 * A role the site has a guide for.
 *
 * @param id database id, for other features' references
 * @param slug URL name, such as {@code mlops-engineer}
 * @param title display title
 * @param tagline one-line pitch of the guide
 * @param summary a paragraph on what the role is
 * @param sourceTitle the published source the guide's figures come from
 * @param sourceUpdated how current that source says it is, such as {@code April 2026}
 * @param typicalTenureMonths how long people typically stay in the role, where known
 */
public record RoleView(long id, String slug, String title, String tagline, String summary, String sourceTitle,
		String sourceUpdated, Integer typicalTenureMonths) {

	public String path() {
		return "/roles/" + this.slug;
	}

}
