package uk.mljobs.roleguide;

import java.util.List;
import java.util.Map;

import uk.mljobs.market.RoleView;
import uk.mljobs.shared.Gbp;
import uk.mljobs.shared.PayRange;
import uk.mljobs.shared.Prose;
import uk.mljobs.shared.YearsRange;

/**
 * A role's guide content, ready to print: nothing in it loads lazily.
 *
 * @param role the role
 * @param sections prose passages by topic
 * @param facts short fact lists by kind name (such as {@code LATERAL_MOVE})
 * @param stack the tech stack by category
 * @param essentialSkills skills most employers call essential
 * @param emergingSkills skills increasingly seen in postings
 * @param stages the career ladder, first step first
 * @param questions frequently asked questions
 * @param gaps skills gaps, largest first as published
 */
public record RoleGuide(RoleView role, Map<GuideTopic, List<Section>> sections, Map<String, List<Fact>> facts,
		List<Category> stack, List<ToolView> essentialSkills, List<ToolView> emergingSkills, List<Stage> stages,
		List<Question> questions, List<Gap> gaps) {

	public List<Section> sectionsOn(GuideTopic topic) {
		return this.sections.getOrDefault(topic, List.of());
	}

	/** Whether the guide has a section with this slug, under any topic. */
	public boolean hasSection(String slug) {
		return this.sections.values().stream().flatMap(List::stream).anyMatch((section) -> section.slug().equals(slug));
	}

	/** The skills gaps drawn as paired bars. */
	public GapChart gapChart() {
		return GapChart.of(this.gaps);
	}

	public List<Fact> factsOf(String kind) {
		return this.facts.getOrDefault(kind, List.of());
	}

	/**
	 * @param slug anchor name
	 * @param heading the passage's heading
	 * @param body plain text; see {@link Prose}
	 */
	public record Section(String slug, String heading, String body) {

		public List<Prose.Block> blocks() {
			return Prose.blocks(this.body);
		}

	}

	/**
	 * @param text the fact
	 * @param detail more on it, or {@code null}
	 */
	public record Fact(String text, String detail) {
	}

	/**
	 * @param slug anchor name
	 * @param name category name
	 * @param nonNegotiable whether the guide calls this category a baseline requirement
	 * @param tools the tools in it, with why each matters
	 */
	public record Category(String slug, String name, boolean nonNegotiable, List<StackEntry> tools) {
	}

	/**
	 * @param tool the tool
	 * @param why why it matters for the role
	 */
	public record StackEntry(ToolView tool, String why) {
	}

	/**
	 * @param title the stage's title
	 * @param years years of experience as the progression section gives them, or
	 * {@code null}
	 * @param pay pay as the progression section gives it, or {@code null}
	 * @param summary what the stage is about, or {@code null}
	 */
	public record Stage(String title, YearsRange years, PayRange pay, String summary) {
	}

	/**
	 * @param question the question as readers ask it
	 * @param answer our answer, plain text
	 */
	public record Question(String question, String answer) {

		public List<Prose.Block> blocks() {
			return Prose.blocks(this.answer);
		}

	}

	/**
	 * @param skill the skill
	 * @param demandPct share of employers asking for it
	 * @param supplyPct share of candidates listing it
	 * @param gapPoints demand minus supply, in percentage points
	 * @param why what lies behind the gap
	 */
	public record Gap(String skill, int demandPct, int supplyPct, int gapPoints, String why) {
	}

	/** Formats whole pounds for templates that print a single figure. */
	public static String pounds(int amount) {
		return Gbp.format(amount);
	}

}
