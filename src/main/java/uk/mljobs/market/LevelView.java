package uk.mljobs.market;

import uk.mljobs.shared.YearsRange;

/**
 * A seniority level of one role, with the experience the salary table gives for it.
 *
 * @param id database id
 * @param roleId the role this level belongs to
 * @param slug URL name, such as {@code senior}
 * @param title display title, such as {@code Senior MLOps Engineer}
 * @param position order within the role, junior first
 * @param experience years of experience, or {@code null} where none is published
 */
public record LevelView(long id, long roleId, String slug, String title, int position, YearsRange experience) {
}
