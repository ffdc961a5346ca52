/**
 * What postings do: impressions, views, apply clicks and saves per posting and day,
 * counted in memory and written in batches, and each recruiter's page of them.
 */
@OwnsTables("posting_activity")
package uk.mljobs.activity;

import uk.mljobs.shared.OwnsTables;
