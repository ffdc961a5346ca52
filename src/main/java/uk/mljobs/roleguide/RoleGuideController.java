package uk.mljobs.roleguide;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.market.Market;
import uk.mljobs.market.RoleView;
import uk.mljobs.salary.Salaries;
import uk.mljobs.salary.SalaryInsights;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.system.JsonLd;
import uk.mljobs.system.Site;

@Controller
class RoleGuideController {

	static final String VIEW_LIST = "roleguide/list";

	static final String VIEW_GUIDE = "roleguide/guide";

	static final String VIEW_SKILLS_CHECK = "roleguide/skills-check";

	private final Market market;

	private final RoleGuides guides;

	private final Salaries salaries;

	private final SalaryInsights insights;

	private final SkillsCheck skillsCheck;

	private final CompanyDirectory companies;

	private final Site site;

	private final JsonLd jsonLd;

	RoleGuideController(Market market, RoleGuides guides, Salaries salaries, SalaryInsights insights,
			SkillsCheck skillsCheck, CompanyDirectory companies, Site site, JsonLd jsonLd) {
		this.skillsCheck = skillsCheck;
		this.market = market;
		this.guides = guides;
		this.salaries = salaries;
		this.insights = insights;
		this.companies = companies;
		this.site = site;
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
		return VIEW_SKILLS_CHECK;
	}

	@GetMapping("/roles/{slug}")
	String guide(@PathVariable String slug, Model model) {
		RoleView role = this.market.role(slug).orElseThrow(() -> NotFoundException.of("role guide", slug));
		RoleGuidePage page = new RoleGuidePage(this.guides.guide(role), this.salaries.pay(role, null),
				this.companies.hiringFor(role.id()), this.companies.sectorProfiles(role.id()),
				this.companies.hiringLocations(role.id()));
		model.addAttribute("page", page);
		model.addAttribute("guide", page.guide());
		model.addAttribute("role", role);
		model.addAttribute("topics", page.topics());
		model.addAttribute("insights", this.insights.insights(role, null, 12));
		model.addAttribute("jsonLd", this.jsonLd.render(Occupation.of(page, this.site.absolute(role.path()))));
		return VIEW_GUIDE;
	}

}
