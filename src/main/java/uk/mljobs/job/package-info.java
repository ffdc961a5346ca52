/**
 * Job postings: recruiters write and manage them, admins review them, seekers read them.
 */
package uk.mljobs.job;
