/**
 * Admin pages that span features: the moderation queue and its decision log.
 */
package uk.mljobs.admin;
