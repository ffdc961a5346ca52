package uk.mljobs.salary;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.mljobs.market.Market;

/**
 * {@code /salaries/checker}: a salary or day rate against the curated band and advertised
 * pay. A GET, so every answer has an address to share; nothing is stored or logged.
 */
@Controller
class SalaryCheckerController {

	static final String VIEW = "salary/checker";

	private final SalaryInsights insights;

	private final Market market;

	SalaryCheckerController(SalaryInsights insights, Market market) {
		this.insights = insights;
		this.market = market;
	}

	@GetMapping("/salaries/checker")
	String check(@ModelAttribute("form") CheckerForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		model.addAttribute("roles", this.market.roles());
		model.addAttribute("levelsByRole", this.market.levelsByRole());
		model.addAttribute("regions", this.market.regions());
		if (form.isEmpty()) {
			return VIEW;
		}
		Optional<CheckResult> answer = this.insights.check(form, result);
		if (answer.isEmpty()) {
			// Bad input: the form again, with what to fix.
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return VIEW;
		}
		model.addAttribute("result", answer.get());
		return VIEW;
	}

}
