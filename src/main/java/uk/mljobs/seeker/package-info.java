/**
 * Job seekers keeping track: saved jobs, the day they applied, private notes, jobs hidden
 * from their searches, their job alerts, and a mail when a saved job is about to close.
 * Seekers sign in with a mailed link or code (the account feature).
 */
@OwnsTables({ "seeker_job" })
package uk.mljobs.seeker;

import uk.mljobs.shared.OwnsTables;
