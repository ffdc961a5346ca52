package uk.mljobs.search;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.mljobs.account.SignedInUser;

/**
 * The synonym list, as admins read and edit it at {@code /admin/search/synonyms}, with a
 * box that shows what a search would match. Admin-only, as is all of {@code /admin/**}.
 */
@Controller
class SynonymAdminController {

	static final String VIEW = "search/synonyms";

	/** The most characters the list takes in one save. */
	static final int MAX_TEXT = SynonymList.MAX_LINES * (SynonymList.MAX_LINE + 1);

	private final Synonyms synonyms;

	SynonymAdminController(Synonyms synonyms) {
		this.synonyms = synonyms;
	}

	/**
	 * @param lines the list as the form sends it, one group a line
	 * @param version the list the edit began from
	 */
	record SynonymsForm(String lines, String version) {
	}

	@GetMapping("/admin/search/synonyms")
	String edit(@RequestParam(name = "try", required = false) String tried, Model model) {
		Synonyms.Stored stored = this.synonyms.current();
		model.addAttribute("form", new SynonymsForm(String.join("\n", stored.list().lines()), stored.version()));
		model.addAttribute("groups", stored.list().groups());
		preview(tried, stored.list(), model);
		return VIEW;
	}

	@PostMapping("/admin/search/synonyms")
	String save(@AuthenticationPrincipal SignedInUser admin, @RequestParam(defaultValue = "") String lines,
			@RequestParam(defaultValue = "") String version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		SynonymsForm form = new SynonymsForm(lines, version);
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		if (lines.length() > MAX_TEXT) {
			errors.rejectValue("lines", "size", "The list is too long: keep it to " + SynonymList.MAX_LINES
					+ " lines of " + SynonymList.MAX_LINE + " characters.");
			return again(form, errors, HttpStatus.BAD_REQUEST, model, response);
		}
		try {
			SynonymList saved = this.synonyms.save(List.of(lines.split("\r?\n", -1)), version, admin.id());
			redirect.addFlashAttribute("saved", saved.groups());
			return "redirect:/admin/search/synonyms";
		}
		catch (SynonymList.InvalidSynonymsException ex) {
			ex.problems()
				.forEach((problem) -> errors.rejectValue("lines", "line",
						"Line " + problem.line() + " (“" + shorter(problem.text()) + "”): " + problem.message()));
			return again(form, errors, HttpStatus.BAD_REQUEST, model, response);
		}
		catch (Synonyms.StaleSynonymsException ex) {
			errors.reject("stale", "Someone saved the list since you opened this page. Your edit is below, not saved:"
					+ " copy what you need, reload the page, and make it again.");
			return again(form, errors, HttpStatus.CONFLICT, model, response);
		}
	}

	private String again(SynonymsForm form, BindingResult errors, HttpStatus status, Model model,
			HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		model.addAttribute("groups", this.synonyms.current().list().groups());
		preview(null, this.synonyms.current().list(), model);
		return VIEW;
	}

	/** What each word of a tried search also matches. */
	private static void preview(String tried, SynonymList list, Model model) {
		if (tried == null || tried.isBlank()) {
			return;
		}
		String shown = (tried.length() > 200) ? tried.substring(0, 200) : tried;
		model.addAttribute("tried", shown);
		Words words = list.expand(Words.parse(shown));
		List<Words.Term> terms = (words == null) ? List.of()
				: words.anyOf().stream().flatMap((conjunction) -> conjunction.required().stream()).toList();
		model.addAttribute("terms", terms);
	}

	private static String shorter(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "…" : text;
	}

}
