package uk.mljobs.job;

import java.time.LocalDate;
import java.util.Set;

/**
 * A posting's editable content once the form is checked and its slugs resolved to ids.
 * The description arrives both as the recruiter's Markdown and as sanitised HTML.
 */
record PostingContent(long companyId, String title, long roleId, long levelId, long regionId, long townId,
		WorkMode workMode, String remoteResidency, EmploymentType employmentType, int payMin, int payMax, Ir35 ir35,
		Clearance clearance, boolean visaSponsorship, Set<Long> toolIds, Set<String> tags, String descriptionMarkdown,
		String descriptionHtml, String applyUrl, String applyEmail, LocalDate closesOn) {

	PayUnit payUnit() {
		return (this.employmentType == EmploymentType.CONTRACT) ? PayUnit.DAY : PayUnit.YEAR;
	}

	enum PayUnit {

		YEAR, DAY

	}

}
