package uk.mljobs.imports;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.mljobs.account.SignedInUser;
import uk.mljobs.shared.InvalidParameterException;

/**
 * {@code /admin/sources}: employers' feeds, what each run found, and the admin's controls
 * (add, run now, pause, resume, review or publish directly). Admin-only, as is all of
 * {@code /admin/**}.
 */
@Controller
class SourceAdminController {

	static final String VIEW_LIST = "imports/sources";

	static final String VIEW_SOURCE = "imports/source";

	private final SourceAdmin admin;

	SourceAdminController(SourceAdmin admin) {
		this.admin = admin;
	}

	@GetMapping("/admin/sources")
	String list(Model model) {
		model.addAttribute("form", SourceForm.blank());
		return listPage(model);
	}

	@PostMapping("/admin/sources")
	String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") SourceForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return this.admin.create(form, result, user.id()).map((id) -> {
			redirect.addFlashAttribute("notice",
					"Source added. Run it now to read its feed, or wait for the next run.");
			return "redirect:/admin/sources/" + id;
		}).orElseGet(() -> {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return listPage(model);
		});
	}

	@GetMapping("/admin/sources/{id}")
	String source(@PathVariable long id, Model model) {
		model.addAttribute("row", this.admin.row(id));
		model.addAttribute("skips", this.admin.skips(id));
		model.addAttribute("postings", this.admin.postings(id));
		return VIEW_SOURCE;
	}

	@PostMapping("/admin/sources/{id}/run")
	String run(@PathVariable long id, RedirectAttributes redirect) {
		this.admin.runNow(id);
		redirect.addFlashAttribute("notice", "Running now: reload this page in a moment to see what it found.");
		return "redirect:/admin/sources/" + id;
	}

	@PostMapping("/admin/sources/{id}/pause")
	String pause(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.admin.pause(id, user.id());
		redirect.addFlashAttribute("notice", "Paused: runs skip this source until it is resumed.");
		return "redirect:/admin/sources/" + id;
	}

	@PostMapping("/admin/sources/{id}/resume")
	String resume(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.admin.resume(id, user.id());
		redirect.addFlashAttribute("notice", "Resumed: the source runs at the next scheduled run.");
		return "redirect:/admin/sources/" + id;
	}

	@PostMapping("/admin/sources/{id}/publish")
	String publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String publish, RedirectAttributes redirect) {
		if (!publish.equals("direct") && !publish.equals("review")) {
			throw InvalidParameterException.unknownValue("publish", publish, Arrays.asList("direct", "review"));
		}
		this.admin.publish(id, publish.equals("direct"), user.id());
		redirect.addFlashAttribute("notice", publish.equals("direct") ? "New postings from this source go live at once."
				: "New postings from this source wait for review.");
		return "redirect:/admin/sources/" + id;
	}

	private String listPage(Model model) {
		model.addAttribute("rows", this.admin.rows());
		model.addAttribute("companies", this.admin.companies());
		model.addAttribute("kinds", SourceKind.values());
		return VIEW_LIST;
	}

}
