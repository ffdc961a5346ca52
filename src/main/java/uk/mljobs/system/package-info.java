/**
 * Start-up and configuration: site settings, the clock, and making sure the database is
 * there.
 */
@OwnsTables({ "job_run", "mail_outbox", "rate_limit_bucket", "site_secret" })
package uk.mljobs.system;

import uk.mljobs.shared.OwnsTables;
