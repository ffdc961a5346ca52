package uk.mljobs.roleguide;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.market.RoleView;
import uk.mljobs.salary.Salaries;
import uk.mljobs.salary.SalaryInsights;
import uk.mljobs.salary.SkillInsights;
import uk.mljobs.system.JsonLd;
import uk.mljobs.system.Site;

/**
 * Fills the model of a role guide page, for the public page and for an admin's preview of
 * a draft.
 */
@Component
class GuidePageModel {

	static final String VIEW_GUIDE = "roleguide/guide";

	private final RoleGuides guides;

	private final Salaries salaries;

	private final SalaryInsights insights;

	private final CompanyDirectory companies;

	private final Site site;

	private final JsonLd jsonLd;

	private final SkillInsights skills;

	GuidePageModel(RoleGuides guides, Salaries salaries, SalaryInsights insights, CompanyDirectory companies, Site site,
			JsonLd jsonLd, SkillInsights skills) {
		this.skills = skills;
		this.guides = guides;
		this.salaries = salaries;
		this.insights = insights;
		this.companies = companies;
		this.site = site;
		this.jsonLd = jsonLd;
	}

	String fill(RoleView role, Model model) {
		RoleGuidePage page = new RoleGuidePage(this.guides.guide(role), this.salaries.pay(role, null),
				this.companies.hiringFor(role.id()), this.companies.sectorProfiles(role.id()),
				this.companies.hiringLocations(role.id()));
		model.addAttribute("page", page);
		model.addAttribute("guide", page.guide());
		model.addAttribute("role", role);
		model.addAttribute("topics", page.topics());
		model.addAttribute("insights", this.insights.insights(role, null, 12));
		model.addAttribute("skills", this.skills.table(role));
		model.addAttribute("jsonLd", this.jsonLd.render(Occupation.of(page, this.site.absolute(role.path()))));
		return VIEW_GUIDE;
	}

}
