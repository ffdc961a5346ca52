package uk.mljobs.salary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.Market;
import uk.mljobs.market.RoleView;
import uk.mljobs.system.JsonLd;

/**
 * {@code /salaries/checker}: one verdict on a salary or day rate for any published role,
 * with a figure to ask for and the evidence (see {@link SalaryChecker}). A GET, so every
 * answer has an address to share; nothing is stored or logged.
 */
@Controller
class SalaryCheckerController {

	static final String VIEW = "salary/checker";

	private final SalaryChecker checker;

	private final Market market;

	private final JsonLd jsonLd;

	SalaryCheckerController(SalaryChecker checker, Market market, JsonLd jsonLd) {
		this.checker = checker;
		this.market = market;
		this.jsonLd = jsonLd;
	}

	@GetMapping("/salaries/checker")
	String check(@Valid @ModelAttribute("form") CheckerForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		model.addAttribute("breadcrumbs", this.jsonLd.breadcrumbs(SalaryController.SALARIES,
				new JsonLd.Crumb("Salary checker", "/salaries/checker")));
		model.addAttribute("roles", this.market.roles());
		// Once a role is chosen, only its levels are offered (the page's script does the
		// same as the choice changes).
		Map<RoleView, List<LevelView>> levels = new LinkedHashMap<>(this.market.levelsByRole());
		String chosen = (form.role() != null) ? form.role().strip() : "";
		if (levels.keySet().stream().anyMatch((role) -> role.slug().equals(chosen))) {
			levels.keySet().removeIf((role) -> !role.slug().equals(chosen));
		}
		model.addAttribute("levelsByRole", levels);
		model.addAttribute("regions", this.market.regions());
		if (form.isEmpty()) {
			return VIEW;
		}
		Optional<CheckResult> answer = this.checker.check(form, result);
		if (answer.isEmpty()) {
			// Bad input: the form again, with what to fix.
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return VIEW;
		}
		model.addAttribute("result", answer.get());
		return VIEW;
	}

}
