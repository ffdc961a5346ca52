/**
 * Our own Bean Validation constraints for form records: whole pounds, an enum's values,
 * ISO dates, lengths as the database counts them, and the checks across fields.
 */
package uk.mljobs.shared.validation;
