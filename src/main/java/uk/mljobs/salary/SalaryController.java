package uk.mljobs.salary;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.mljobs.market.Market;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.shared.Choices;
import uk.mljobs.system.JsonLd;

@Controller
class SalaryController {

	static final String VIEW_LIST = "salary/list";

	/** Where the salary pages sit on the site, for their breadcrumbs. */
	static final JsonLd.Crumb SALARIES = new JsonLd.Crumb("Salaries", "/salaries");

	private final Salaries salaries;

	private final SalaryInsights insights;

	private final Market market;

	private final SkillInsights skills;

	private final JsonLd jsonLd;

	SalaryController(Salaries salaries, SalaryInsights insights, Market market, SkillInsights skills, JsonLd jsonLd) {
		this.salaries = salaries;
		this.insights = insights;
		this.market = market;
		this.skills = skills;
		this.jsonLd = jsonLd;
	}

	@GetMapping("/salaries")
	String list(@RequestParam(required = false) String role, @RequestParam(required = false) String region,
			@RequestParam(required = false) String window, Model model) {
		int months = months(window);
		List<RoleView> roles = this.market.roles();
		List<RegionView> regions = this.market.regions();
		RoleView selectedRole = Choices.pick("role", role, roles, RoleView::slug);
		RegionView selectedRegion = Choices.pick("region", region, regions, RegionView::slug);
		List<RolePay> pay = roles.stream()
			.filter((candidate) -> selectedRole == null || candidate.id() == selectedRole.id())
			.map((candidate) -> this.salaries.pay(candidate, selectedRegion))
			.toList();
		model.addAttribute("roles", roles);
		model.addAttribute("regions", regions);
		model.addAttribute("selectedRole", selectedRole);
		model.addAttribute("selectedRegion", selectedRegion);
		model.addAttribute("pay", pay);
		model.addAttribute("insights",
				pay.stream()
					.map((rolePay) -> this.insights.insights(rolePay.table().role(), selectedRegion, months))
					.toList());
		model.addAttribute("skills", pay.stream().map((rolePay) -> this.skills.table(rolePay.table().role())).toList());
		model.addAttribute("windows", SalaryInsights.WINDOWS);
		model.addAttribute("months", months);
		model.addAttribute("csvTables", SalaryCsvController.TABLES);
		model.addAttribute("breadcrumbs", this.jsonLd.breadcrumbs(SALARIES));
		return VIEW_LIST;
	}

	/** The advertised-pay window: 6 or 12 months, 12 when not given. */
	static int months(String window) {
		if (window == null || window.isBlank()) {
			return 12;
		}
		return SalaryInsights.WINDOWS.stream()
			.filter((months) -> String.valueOf(months).equals(window.strip()))
			.findFirst()
			.orElseThrow(() -> uk.mljobs.shared.InvalidParameterException.unknownValue("window", window,
					SalaryInsights.WINDOWS.stream().map(String::valueOf).toList()));
	}

}
