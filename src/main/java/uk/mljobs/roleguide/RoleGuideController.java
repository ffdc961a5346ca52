package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.mljobs.market.Market;
import uk.mljobs.market.RoleView;
import uk.mljobs.shared.Csv;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.system.JsonLd;

@Controller
class RoleGuideController {

	static final String VIEW_LIST = "roleguide/list";

	static final String VIEW_SKILLS_CHECK = "roleguide/skills-check";

	private static final JsonLd.Crumb GUIDES = new JsonLd.Crumb("Role guides", "/roles");

	/** How many of the role's live postings its guide lists. */
	static final int POSTINGS_SHOWN = 5;

	private final Market market;

	private final SkillsCheck skillsCheck;

	private final GuidePageModel pages;

	private final RolePostings postings;

	private final JsonLd jsonLd;

	RoleGuideController(Market market, SkillsCheck skillsCheck, GuidePageModel pages, RolePostings postings,
			JsonLd jsonLd) {
		this.market = market;
		this.skillsCheck = skillsCheck;
		this.pages = pages;
		this.postings = postings;
		this.jsonLd = jsonLd;
	}

	@GetMapping("/roles")
	String list(Model model) {
		model.addAttribute("roles", this.market.roles());
		return VIEW_LIST;
	}

	/**
	 * {@code /roles/{slug}/skills-check?skill=...}: the skills ticked against what the
	 * role's live postings ask for. A GET, so the answer can be shared; nothing is kept.
	 */
	@GetMapping("/roles/{slug}/skills-check")
	String skillsCheck(@PathVariable String slug, @RequestParam(name = "skill", required = false) List<String> have,
			Model model) {
		RoleView role = this.market.role(slug).orElseThrow(() -> NotFoundException.of("role guide", slug));
		model.addAttribute("role", role);
		model.addAttribute("check", this.skillsCheck.check(role, have));
		model.addAttribute("breadcrumbs", this.jsonLd.breadcrumbs(GUIDES, new JsonLd.Crumb(role.title(), role.path()),
				new JsonLd.Crumb("Skills check", role.path() + "/skills-check")));
		return VIEW_SKILLS_CHECK;
	}

	/** The skills check's demand table as CSV, with the same parameters. */
	@GetMapping("/roles/{slug}/skills-check.csv")
	ResponseEntity<String> skillsCheckCsv(@PathVariable String slug,
			@RequestParam(name = "skill", required = false) List<String> have) {
		RoleView role = this.market.role(slug).orElseThrow(() -> NotFoundException.of("role guide", slug));
		SkillsCheck.Result check = this.skillsCheck.check(role, have);
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("skill", "live_postings_asking", "share_percent", "you_have"));
		for (SkillsCheck.SkillLine line : check.lines()) {
			rows.add(List.of(line.skill().name(), line.postings(), line.percent(), line.have()));
		}
		return Csv.attachment("mljobs-" + role.slug() + "-skills-check.csv", rows);
	}

	@GetMapping("/roles/{slug}")
	String guide(@PathVariable String slug, Model model) {
		RoleView role = this.market.role(slug).orElseThrow(() -> NotFoundException.of("role guide", slug));
		// The public page only: an admin's preview of a draft lists no postings.
		model.addAttribute("livePostings", this.postings.newest(role.id(), POSTINGS_SHOWN));
		model.addAttribute("breadcrumbs", this.jsonLd.breadcrumbs(GUIDES, new JsonLd.Crumb(role.title(), role.path())));
		return this.pages.fill(role, model);
	}

}
