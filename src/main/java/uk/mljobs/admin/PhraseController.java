package uk.mljobs.admin;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.mljobs.account.SignedInUser;
import uk.mljobs.job.ModerationPhrases;

/**
 * {@code /admin/moderation/phrases}: the scam phrases that flag postings in the review
 * queue, added and removed by admins.
 */
@Controller
class PhraseController {

	static final String VIEW = "admin/phrases";

	/** A phrase to add, and what it points to. */
	record PhraseForm(String kind, String phrase) {
	}

	private final ModerationPhrases phrases;

	PhraseController(ModerationPhrases phrases) {
		this.phrases = phrases;
	}

	@GetMapping("/admin/moderation/phrases")
	String list(Model model) {
		if (!model.containsAttribute("phraseForm")) {
			model.addAttribute("phraseForm", new PhraseForm("FEE", ""));
		}
		model.addAttribute("phrases", this.phrases.all());
		model.addAttribute("kinds", ModerationPhrases.KINDS);
		return VIEW;
	}

	@PostMapping("/admin/moderation/phrases")
	String add(@AuthenticationPrincipal SignedInUser admin, @ModelAttribute("phraseForm") PhraseForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!this.phrases.add(form.kind(), form.phrase(), admin.id(), result)) {
			return list(model);
		}
		redirect.addFlashAttribute("notice", "Added: postings that use it are flagged from now on.");
		return "redirect:/admin/moderation/phrases";
	}

	@PostMapping("/admin/moderation/phrases/{id}/delete")
	String remove(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, RedirectAttributes redirect) {
		this.phrases.remove(id, admin.id());
		redirect.addFlashAttribute("notice", "Removed from the list.");
		return "redirect:/admin/moderation/phrases";
	}

}
