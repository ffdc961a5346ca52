package uk.mljobs.job;

import java.util.Set;

/**
 * An opening read from an employer's feed, its words already read into the board's fields
 * by the importer.
 *
 * @param externalId the feed's id for it
 * @param descriptionText the description as plain text, for search
 * @param descriptionHtml the description as the feed gives it; sanitised here before it
 * is kept
 * @param applyUrl the opening's page on the employer's site, where Apply goes
 */
public record ImportedPosting(long companyId, String externalId, String title, long roleId, long levelId, long regionId,
		long townId, WorkMode workMode, String remoteResidency, EmploymentType employmentType, int payMin, int payMax,
		Ir35 ir35, Clearance clearance, boolean visaSponsorship, Set<Long> toolIds, String descriptionText,
		String descriptionHtml, String applyUrl) {

}
