/**
 * The record of every moderation decision: who decided what, on which posting or company,
 * when, and why.
 */
package uk.mljobs.moderation;
