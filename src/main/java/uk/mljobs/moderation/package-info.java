/**
 * The record of every moderation decision: who decided what, on which posting or company,
 * when, and why.
 */
@OwnsTables("moderation_decision")
package uk.mljobs.moderation;

import uk.mljobs.shared.OwnsTables;
