package uk.mljobs.market;

/**
 * One level of a role as an admin saves it, in the order given.
 *
 * @param id the level's id, or {@code null} for a new level
 * @param title display title, such as {@code Senior AI Engineer}
 * @param experienceMin fewest years of experience, or {@code null}
 * @param experienceMax most years, or {@code null} for an open top
 */
public record LevelDetails(Long id, String title, Integer experienceMin, Integer experienceMax) {
}
