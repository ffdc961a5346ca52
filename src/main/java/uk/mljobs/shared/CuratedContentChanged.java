package uk.mljobs.shared;

/**
 * Published when an admin changes reference data or editorial content (companies,
 * sectors, towns, role guides) so that caches of pages and vocabularies on this instance
 * drop what they hold; other instances catch up when their short-lived caches expire.
 *
 * @param what a short description for logs, such as {@code company 12}
 */
public record CuratedContentChanged(String what) {
}
