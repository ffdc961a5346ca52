/**
 * Recruiter and admin accounts: sign-up, sign-in with throttling, password changes and
 * account deletion.
 */
package uk.mljobs.account;
