package uk.mljobs.roleguide;

/**
 * A tool or skill from the catalogue.
 *
 * @param id database id
 * @param slug URL name, such as {@code apache-airflow}
 * @param name display name
 */
public record ToolView(long id, String slug, String name) {
}
