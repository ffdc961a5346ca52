package uk.mljobs.market;

/**
 * A pay region: London, or the rest of the UK.
 *
 * @param id database id
 * @param slug URL name, such as {@code rest-of-uk}
 * @param name display name
 */
public record RegionView(long id, String slug, String name) {
}
