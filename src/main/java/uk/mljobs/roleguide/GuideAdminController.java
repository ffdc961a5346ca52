package uk.mljobs.roleguide;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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

import uk.mljobs.market.AdminRole;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.ModerationLog;

/**
 * Admin pages for role guides: the list, a new (draft) guide, each guide's head, a
 * preview, publishing and unpublishing ({@link GuidePartController} edits its parts). A
 * save based on an old version of the guide gets a 409 page with the admin's own values
 * kept, ready to save again. Admin-only, as is all of {@code /admin/**}.
 */
@Controller
class GuideAdminController {

	static final String VIEW_LIST = "roleguide/admin/list";

	static final String VIEW_NEW = "roleguide/admin/new";

	static final String VIEW_GUIDE = "roleguide/admin/guide";

	private final GuideEditor editor;

	private final GuidePageModel pages;

	private final ModerationLog log;

	private final GuideParts parts;

	private final GuideChecks checks;

	GuideAdminController(GuideEditor editor, GuidePageModel pages, ModerationLog log, GuideParts parts,
			GuideChecks checks) {
		this.editor = editor;
		this.pages = pages;
		this.log = log;
		this.parts = parts;
		this.checks = checks;
	}

	@GetMapping("/admin/guides")
	String list(Model model) {
		model.addAttribute("guides", this.editor.guides());
		return VIEW_LIST;
	}

	@GetMapping("/admin/guides/new")
	String newGuide(Model model) {
		model.addAttribute("form", GuideBasicsForm.empty());
		return VIEW_NEW;
	}

	@PostMapping("/admin/guides")
	String create(@AuthenticationPrincipal(expression = "id") long adminId,
			@Valid @ModelAttribute("form") GuideBasicsForm form, BindingResult result, RedirectAttributes redirect) {
		Optional<Long> id = this.editor.create(form, result, adminId);
		if (id.isEmpty()) {
			return VIEW_NEW;
		}
		redirect.addFlashAttribute("notice",
				"Draft guide created. Add its levels and content, preview it, then publish it.");
		return "redirect:/admin/guides/" + id.get();
	}

	@GetMapping("/admin/guides/{id}")
	String guide(@PathVariable long id, Model model) {
		AdminRole guide = this.editor.guide(id);
		model.addAttribute("form", GuideBasicsForm.of(guide));
		return guidePage(guide, model);
	}

	@PostMapping("/admin/guides/{id}")
	String revise(@AuthenticationPrincipal(expression = "id") long adminId, @PathVariable long id,
			@Valid @ModelAttribute("form") GuideBasicsForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!this.editor.reviseBasics(id, form, result, adminId)) {
				return guidePage(this.editor.guide(id), model);
			}
		}
		catch (GuideEditor.GuideConflictException ex) {
			AdminRole current = this.editor.guide(id);
			conflict(model, response);
			model.addAttribute("form", form.atVersion(current.version()));
			model.addAttribute("current", GuideBasicsForm.of(current));
			return guidePage(current, model);
		}
		redirect.addFlashAttribute("notice", "Saved.");
		return "redirect:/admin/guides/" + id;
	}

	static final String VIEW_PUBLISH = "roleguide/admin/publish";

	/** Before publishing: what the guide still needs, and a box to tick to confirm. */
	@GetMapping("/admin/guides/{id}/publish")
	String confirmPublish(@PathVariable long id, Model model) {
		return publishPage(this.editor.guide(id), model);
	}

	@PostMapping("/admin/guides/{id}/publish")
	String publish(@AuthenticationPrincipal(expression = "id") long adminId, @PathVariable long id,
			@RequestParam(defaultValue = "") String version, @RequestParam(defaultValue = "") String confirm,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		AdminRole guide = this.editor.guide(id);
		if (!guide.published() && (!this.checks.ready(guide) || !"yes".equals(confirm))) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("confirmMissing", !"yes".equals(confirm));
			return publishPage(guide, model);
		}
		try {
			this.editor.publish(id, version, adminId);
		}
		catch (GuideEditor.GuideConflictException ex) {
			return staleGuidePage(id, model, response);
		}
		redirect.addFlashAttribute("notice", "Published: the guide is live.");
		return "redirect:/admin/guides/" + id;
	}

	private String publishPage(AdminRole guide, Model model) {
		model.addAttribute("guide", guide);
		model.addAttribute("checks", this.checks.of(guide));
		model.addAttribute("ready", this.checks.ready(guide));
		return VIEW_PUBLISH;
	}

	static final String VIEW_UNPUBLISH = "roleguide/admin/unpublish";

	/** Before unpublishing: what relies on the guide, and a box to tick to confirm. */
	@GetMapping("/admin/guides/{id}/unpublish")
	String confirmUnpublish(@PathVariable long id, Model model) {
		return unpublishPage(this.editor.guide(id), model);
	}

	@PostMapping("/admin/guides/{id}/unpublish")
	String unpublish(@AuthenticationPrincipal(expression = "id") long adminId, @PathVariable long id,
			@RequestParam(defaultValue = "") String version, @RequestParam(defaultValue = "") String confirm,
			@RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		AdminRole guide = this.editor.guide(id);
		if (!guide.published()) {
			redirect.addFlashAttribute("notice", "The guide is a draft already.");
			return "redirect:/admin/guides/" + id;
		}
		if (reason.length() > 500) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("reasonTooLong", true);
			model.addAttribute("reason", reason);
			return unpublishPage(guide, model);
		}
		if (!"yes".equals(confirm)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("confirmMissing", true);
			model.addAttribute("reason", reason);
			return unpublishPage(guide, model);
		}
		try {
			this.editor.unpublish(id, version, reason, adminId);
		}
		catch (GuideEditor.GuideInUseException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("reason", reason);
			return unpublishPage(guide, model);
		}
		catch (GuideEditor.GuideConflictException ex) {
			return staleGuidePage(id, model, response);
		}
		redirect.addFlashAttribute("notice",
				"Unpublished: the guide is a draft again, and " + guide.role().path() + " is no longer on the site.");
		return "redirect:/admin/guides/" + id;
	}

	private String unpublishPage(AdminRole guide, Model model) {
		model.addAttribute("guide", guide);
		model.addAttribute("use", this.editor.use(guide.role().id()));
		return VIEW_UNPUBLISH;
	}

	/** The guide as the public will see it, drafts included. */
	@GetMapping("/admin/guides/{id}/preview")
	String preview(@PathVariable long id, Model model) {
		AdminRole guide = this.editor.guide(id);
		model.addAttribute("previewOf", guide);
		return this.pages.fill(guide.role(), model);
	}

	private String guidePage(AdminRole guide, Model model) {
		model.addAttribute("guide", guide);
		model.addAttribute("parts", GuidePart.values());
		model.addAttribute("sizes", this.parts.sizes(guide.role().id()));
		model.addAttribute("history", this.log.about(DecisionSubject.GUIDE, guide.role().id()));
		return VIEW_GUIDE;
	}

	/** The guide as it is now, with a 409 saying that someone else saved it first. */
	private String staleGuidePage(long id, Model model, HttpServletResponse response) {
		AdminRole current = this.editor.guide(id);
		conflict(model, response);
		model.addAttribute("form", GuideBasicsForm.of(current));
		return guidePage(current, model);
	}

	static void conflict(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("conflict", true);
	}

}
