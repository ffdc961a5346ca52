package uk.mljobs.company;

/**
 * A place where a role's jobs are.
 *
 * @param slug anchor name
 * @param name such as {@code Cambridge} or {@code Remote}
 * @param why what drives hiring there
 */
public record HiringLocationView(String slug, String name, String why) {
}
