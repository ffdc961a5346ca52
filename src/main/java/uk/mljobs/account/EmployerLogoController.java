package uk.mljobs.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyLogos;
import uk.mljobs.company.CompanyView;
import uk.mljobs.company.LogoForms;

/**
 * A verified employer's page for their company's logo: upload, replace, remove. Who may
 * is decided here, where accounts are known
 * ({@link EmployerStanding#verifiedEmployerOf}); anyone else at {@code /recruiter} gets
 * the page's reason with a 403, and their uploads change nothing.
 */
@Controller
class EmployerLogoController {

	static final String VIEW = "account/company-logo";

	private static final String PAGE = "/recruiter/company/logo";

	private final EmployerStanding standing;

	private final CompanyLogos logos;

	private final CompanyDirectory companies;

	private final AccountService accounts;

	EmployerLogoController(EmployerStanding standing, CompanyLogos logos, CompanyDirectory companies,
			AccountService accounts) {
		this.standing = standing;
		this.logos = logos;
		this.companies = companies;
		this.accounts = accounts;
	}

	@GetMapping(PAGE)
	String page(@AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response) {
		Optional<CompanyView> company = company(user);
		if (company.isEmpty()) {
			return refused(user, model, response);
		}
		return page(company.get(), LogoForms.errors(model, this.logos.caps()), model);
	}

	@PostMapping(PAGE)
	String upload(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Optional<CompanyView> company = company(user);
		if (company.isEmpty()) {
			return refused(user, model, response);
		}
		BindingResult errors = LogoForms.fresh();
		if (!this.logos.replace(company.get().id(), file, user.id(), CompanyLogos.By.VERIFIED_EMPLOYER, errors)) {
			response.setStatus(LogoForms.status(errors).value());
			return page(company.get(), errors, model);
		}
		redirect.addFlashAttribute("notice",
				"Logo saved: it shows beside " + company.get().name() + "’s name on its page, jobs and in search.");
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/delete")
	String remove(@AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Optional<CompanyView> company = company(user);
		if (company.isEmpty()) {
			return refused(user, model, response);
		}
		this.logos.remove(company.get().id(), user.id(), CompanyLogos.By.VERIFIED_EMPLOYER);
		redirect.addFlashAttribute("notice", "Logo removed: the company’s initials show in its place.");
		return "redirect:" + PAGE;
	}

	private Optional<CompanyView> company(SignedInUser user) {
		return this.standing.verifiedEmployerOf(user.id()).flatMap(this.companies::company);
	}

	private String page(CompanyView company, BindingResult errors, Model model) {
		model.addAttribute("company", company);
		model.addAttribute("caps", this.logos.caps());
		model.addAttribute("maxSize", this.logos.maxSizeLabel());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + LogoForms.NAME, errors);
		return VIEW;
	}

	/** Why this recruiter may not change the logo, with a 403: nothing was changed. */
	private String refused(SignedInUser user, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		AccountView account = this.accounts.account(user.id()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("company",
				(account.companyId() != null) ? this.companies.company(account.companyId()).orElse(null) : null);
		model.addAttribute("refused", true);
		return VIEW;
	}

}
