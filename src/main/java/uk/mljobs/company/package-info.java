/**
 * Employers known to hire ML engineers in the UK, their sectors, the sectors building ML
 * platforms, and where the jobs are.
 */
@OwnsTables({ "company", "company_email_domain", "company_logo", "company_focus", "company_proposal", "company_town",
		"hiring_location", "role_company", "sector", "sector_profile", "sector_profile_employer" })
package uk.mljobs.company;

import uk.mljobs.shared.OwnsTables;
