package uk.mljobs.roleguide;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.mljobs.market.Market;
import uk.mljobs.market.RoleView;
import uk.mljobs.shared.NotFoundException;

@Controller
class RoleGuideController {

	static final String VIEW_LIST = "roleguide/list";

	static final String VIEW_SKILLS_CHECK = "roleguide/skills-check";

	private final Market market;

	private final SkillsCheck skillsCheck;

	private final GuidePageModel pages;

	RoleGuideController(Market market, SkillsCheck skillsCheck, GuidePageModel pages) {
		this.market = market;
		this.skillsCheck = skillsCheck;
		this.pages = pages;
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
		return VIEW_SKILLS_CHECK;
	}

	@GetMapping("/roles/{slug}")
	String guide(@PathVariable String slug, Model model) {
		RoleView role = this.market.role(slug).orElseThrow(() -> NotFoundException.of("role guide", slug));
		return this.pages.fill(role, model);
	}

}
