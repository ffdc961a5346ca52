/**
 * Job alerts: any search emailed daily or weekly without an account, with double opt-in,
 * one-click unsubscribe, "delete my data", and a mail outbox so that nothing is lost or
 * sent twice between a commit and the SMTP server.
 */
@OwnsTables("job_alert")
package uk.mljobs.alert;

import uk.mljobs.shared.OwnsTables;
