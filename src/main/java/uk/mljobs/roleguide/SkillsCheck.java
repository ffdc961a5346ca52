package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import uk.mljobs.market.RoleView;
import uk.mljobs.salary.SkillInsights;
import uk.mljobs.salary.SkillTable;
import uk.mljobs.shared.InvalidParameterException;

/**
 * The skills check: the skills and tools a role's guide names, what share of the role's
 * live postings ask for each and what they pay (the same figures as the skills table,
 * {@link SkillInsights}), how much of that demand someone's skills cover, and what to
 * learn next, weighing demand and pay; nothing the reader ticks is kept.
 */
@Service
public class SkillsCheck {

	private final RoleGuides guides;

	private final SkillInsights insights;

	SkillsCheck(RoleGuides guides, SkillInsights insights) {
		this.guides = guides;
		this.insights = insights;
	}

	/**
	 * @param skill one of the guide's skills or tools
	 * @param postings how many live postings of the role ask for it
	 * @param have whether the reader ticked it
	 * @param premium median advertised pay of postings asking for it over those not, or
	 * null when either side has too few postings
	 */
	public record SkillLine(ToolView skill, long postings, long percent, boolean have, Double premium) {

		/** "+8%" or "−3%", or null. */
		public String premiumDisplay() {
			return (this.premium != null) ? SkillTable.percentChange(this.premium) : null;
		}

		/**
		 * What learning it is worth: its share of postings, weighed by its pay premium
		 * where known (a skill in 40% of ads that pays 10% more scores 44).
		 */
		double worth() {
			return this.percent * ((this.premium != null) ? this.premium : 1.0);
		}

	}

	/**
	 * @param live the role's live postings
	 * @param coverage the share of all skill mentions in those postings that the ticked
	 * skills account for, in percent
	 * @param lines every skill, most asked for first
	 * @param learnNext the three skills not ticked most worth learning: demand weighed by
	 * pay premium
	 */
	public record Result(RoleView role, long live, long coverage, List<SkillLine> lines, List<SkillLine> learnNext,
			List<RoleGuide.Gap> gaps, boolean ticked) {

		public List<SkillLine> have() {
			return this.lines.stream().filter(SkillLine::have).toList();
		}

		public List<SkillLine> gapsFirst() {
			return this.lines.stream().filter((line) -> !line.have()).toList();
		}

	}

	/**
	 * @param have the slugs ticked; an unknown one is a 400 that lists the allowed slugs
	 */
	public Result check(RoleView role, List<String> have) {
		RoleGuide guide = this.guides.guide(role);
		Map<String, ToolView> skills = new LinkedHashMap<>();
		guide.stack()
			.forEach((category) -> category.tools()
				.forEach((entry) -> skills.putIfAbsent(entry.tool().slug(), entry.tool())));
		guide.essentialSkills().forEach((tool) -> skills.putIfAbsent(tool.slug(), tool));
		guide.emergingSkills().forEach((tool) -> skills.putIfAbsent(tool.slug(), tool));
		Set<String> ticked = new java.util.HashSet<>();
		for (String slug : (have != null) ? have : List.<String>of()) {
			if (slug.isBlank()) {
				continue;
			}
			if (!skills.containsKey(slug.strip())) {
				throw InvalidParameterException.unknownValue("skill", slug, skills.keySet());
			}
			ticked.add(slug.strip());
		}
		SkillTable table = this.insights.table(role);
		List<SkillLine> lines = new ArrayList<>();
		for (ToolView skill : skills.values()) {
			Optional<SkillTable.Row> row = table.row(skill.slug());
			long n = row.map(SkillTable.Row::asking).orElse(0L);
			long percent = (table.live() > 0) ? Math.round(100.0 * n / table.live()) : 0;
			lines.add(new SkillLine(skill, n, percent, ticked.contains(skill.slug()),
					row.map(SkillTable.Row::premium).orElse(null)));
		}
		lines.sort(Comparator.comparingLong(SkillLine::postings).reversed().thenComparing((l) -> l.skill().name()));
		long total = lines.stream().mapToLong(SkillLine::postings).sum();
		long covered = lines.stream().filter(SkillLine::have).mapToLong(SkillLine::postings).sum();
		long coverage = (total > 0) ? Math.round(100.0 * covered / total) : 0;
		List<SkillLine> next = lines.stream()
			.filter((line) -> !line.have() && line.postings() > 0)
			.sorted(Comparator.comparingDouble(SkillLine::worth).reversed().thenComparing((l) -> l.skill().name()))
			.limit(3)
			.toList();
		return new Result(role, table.live(), coverage, lines, next, guide.gaps(), !ticked.isEmpty());
	}

}
