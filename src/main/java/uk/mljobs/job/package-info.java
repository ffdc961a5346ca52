/**
 * Job postings: recruiters write and manage them, admins review them, seekers read them.
 */
@OwnsTables({ "posting", "posting_approved_field", "posting_hiring_check", "posting_report", "posting_tag",
		"posting_tool", "moderation_phrase" })
package uk.mljobs.job;

import uk.mljobs.shared.OwnsTables;
