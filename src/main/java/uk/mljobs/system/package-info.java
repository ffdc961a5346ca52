/**
 * Start-up and configuration: site settings, the clock, and making sure the database is
 * there.
 */
package uk.mljobs.system;
