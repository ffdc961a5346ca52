package uk.mljobs.salary;

import java.util.List;
import java.util.Map;

/**
 * What the board's postings say about each skill and tool of a role: how many live
 * postings ask for it, the advertised pay of those that do and those that don't, and how
 * many asked for it at each month of the past year. The job feature implements it; salary
 * only asks (so the two stay free of a cycle).
 */
public interface SkillPay {

	/** The role's live postings now, with each skill they ask for. */
	Live live(long roleId);

	/**
	 * The postings live on each of the last {@code months} monthly dates (today, a month
	 * ago, ...), with how many of them asked for each skill.
	 */
	List<Snapshot> snapshots(long roleId, int months);

	/**
	 * @param postings the role's live postings
	 * @param skills by skill slug
	 * @param names each skill's display name, by slug
	 */
	record Live(long postings, Map<String, SkillRow> skills, Map<String, String> names) {
	}

	/**
	 * @param asking live postings asking for the skill
	 * @param paidWith those of them that advertise an annual salary
	 * @param medianWith their median salary (the middle of each range), or null
	 * @param paidWithout live postings not asking for it that advertise a salary
	 * @param medianWithout their median, or null
	 * @param levels the same, level by level
	 */
	record SkillRow(long asking, long paidWith, Double medianWith, long paidWithout, Double medianWithout,
			List<LevelPay> levels) {
	}

	/** Salaries of one level's live postings asking for a skill and not. */
	record LevelPay(long levelId, long paidWith, Double medianWith, long paidWithout, Double medianWithout) {
	}

	/**
	 * @param monthsAgo 0 for today
	 * @param postings the postings live that day
	 * @param asking how many of them asked for each skill, by slug
	 */
	record Snapshot(int monthsAgo, long postings, Map<String, Long> asking) {
	}

}
