package uk.mljobs.company;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.mljobs.shared.NotFoundException;

/**
 * An admin's page for a company's logo: upload, replace, remove. A refused file comes
 * back as the form's field error (413 when too large, else 400); a file too large for
 * even the upload limit comes back here with {@link uk.mljobs.shared.UploadTooLarge}.
 */
@Controller
class CompanyLogoAdminController {

	static final String VIEW = "company/admin/logo";

	private final CompanyLogos logos;

	private final CompanyDirectory directory;

	CompanyLogoAdminController(CompanyLogos logos, CompanyDirectory directory) {
		this.logos = logos;
		this.directory = directory;
	}

	@GetMapping("/admin/companies/{id}/logo")
	String page(@PathVariable long id, Model model) {
		return page(company(id), LogoForms.errors(model, this.logos.caps()), model);
	}

	@PostMapping("/admin/companies/{id}/logo")
	String upload(@AuthenticationPrincipal(expression = "id") long adminId, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CompanyView company = company(id);
		BindingResult errors = LogoForms.fresh();
		if (!this.logos.replace(id, file, adminId, CompanyLogos.By.ADMIN, errors)) {
			response.setStatus(LogoForms.status(errors).value());
			return page(company, errors, model);
		}
		redirect.addFlashAttribute("notice", "Logo saved: it shows on the company’s page, its jobs and in search.");
		return "redirect:/admin/companies/" + id + "/logo";
	}

	@PostMapping("/admin/companies/{id}/logo/delete")
	String remove(@AuthenticationPrincipal(expression = "id") long adminId, @PathVariable long id,
			RedirectAttributes redirect) {
		company(id);
		this.logos.remove(id, adminId, CompanyLogos.By.ADMIN);
		redirect.addFlashAttribute("notice", "Logo removed: the company’s initials show in its place.");
		return "redirect:/admin/companies/" + id + "/logo";
	}

	private String page(CompanyView company, BindingResult errors, Model model) {
		model.addAttribute("company", company);
		model.addAttribute("caps", this.logos.caps());
		model.addAttribute("maxSize", this.logos.maxSizeLabel());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + LogoForms.NAME, errors);
		return VIEW;
	}

	private CompanyView company(long id) {
		return this.directory.company(id).orElseThrow(() -> NotFoundException.of("company", String.valueOf(id)));
	}

}
