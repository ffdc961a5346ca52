package uk.mljobs.company;

/**
 * The sector a company works in, as its guide describes it.
 *
 * @param id database id
 * @param slug URL name
 * @param name display name, such as {@code Consumer Banking / Fintech}
 */
public record SectorView(long id, String slug, String name) {
}
