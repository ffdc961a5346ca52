package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.mljobs.market.Market;
import uk.mljobs.market.RoleView;
import uk.mljobs.salary.GuideQuotes;
import uk.mljobs.shared.Gbp;

/**
 * Finds a role guide's passages that quote pay figures: "£65,000", "£65k", "65,000", in
 * sections, FAQ answers and fact lists, and career stages whose published pay is one of
 * them.
 */
@Component
class GuideFigureQuotes implements GuideQuotes {

	/** Characters of context either side of a figure. */
	private static final int CONTEXT = 60;

	private final RoleGuides guides;

	private final Market market;

	GuideFigureQuotes(RoleGuides guides, Market market) {
		this.guides = guides;
		this.market = market;
	}

	@Override
	public List<Quote> quoting(long roleId, Collection<Integer> pounds) {
		RoleView role = this.market.allRoles()
			.stream()
			.map(uk.mljobs.market.AdminRole::role)
			.filter((candidate) -> candidate.id() == roleId)
			.findFirst()
			.orElse(null);
		if (role == null || pounds.isEmpty()) {
			return List.of();
		}
		Pattern figures = pattern(pounds);
		RoleGuide guide = this.guides.guide(role);
		String base = "/admin/guides/" + role.id() + "/";
		List<Quote> quotes = new ArrayList<>();
		guide.sections()
			.values()
			.forEach((sections) -> sections.forEach((section) -> find(figures, section.body()).ifPresent(
					(excerpt) -> quotes.add(new Quote("Sections", section.heading(), excerpt, base + "sections")))));
		guide.questions()
			.forEach((question) -> find(figures, question.answer()).ifPresent(
					(excerpt) -> quotes.add(new Quote("Questions", question.question(), excerpt, base + "faq"))));
		for (Map.Entry<String, List<RoleGuide.Fact>> facts : guide.facts().entrySet()) {
			for (RoleGuide.Fact fact : facts.getValue()) {
				String text = fact.text() + ((fact.detail() != null) ? " " + fact.detail() : "");
				find(figures, text).ifPresent(
						(excerpt) -> quotes.add(new Quote("Fact lists", facts.getKey(), excerpt, base + "facts")));
			}
		}
		for (RoleGuide.Stage stage : guide.stages()) {
			if (stage.pay() != null && (pounds.contains(stage.pay().min()) || pounds.contains(stage.pay().max()))) {
				quotes.add(new Quote("Career stages", stage.title(), stage.pay().display(), base + "stages"));
			}
		}
		return quotes;
	}

	/**
	 * "£65,000", "£65k" or a bare "65,000" for each amount, never inside a longer number.
	 */
	static Pattern pattern(Collection<Integer> pounds) {
		String alternatives = pounds.stream().distinct().map((amount) -> {
			String grouped = Pattern.quote(Gbp.grouped(amount));
			String thousands = (amount % 1000 == 0) ? "|£\\s?" + (amount / 1000) + "\\s?[kK]\\b" : "";
			return "£?\\s?" + grouped + "(?![\\d,]*\\d)" + thousands;
		}).collect(Collectors.joining("|"));
		return Pattern.compile("(?<![\\d,.])(?:" + alternatives + ")");
	}

	private static java.util.Optional<String> find(Pattern figures, String text) {
		if (text == null) {
			return java.util.Optional.empty();
		}
		Matcher matcher = figures.matcher(text);
		if (!matcher.find()) {
			return java.util.Optional.empty();
		}
		int from = Math.max(0, matcher.start() - CONTEXT);
		int to = Math.min(text.length(), matcher.end() + CONTEXT);
		return java.util.Optional
			.of(((from > 0) ? "…" : "") + text.substring(from, to).strip() + ((to < text.length()) ? "…" : ""));
	}

}
