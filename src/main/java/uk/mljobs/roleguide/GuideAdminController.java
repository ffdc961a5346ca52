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

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.market.AdminRole;
import uk.mljobs.market.Market;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.ModerationLog;
import uk.mljobs.shared.NotFoundException;

/**
 * Admin pages for role guides: the list, a new (draft) guide, each guide's head and the
 * editor of each of its parts, a preview, publishing and unpublishing. A save based on an
 * old version of the guide gets a 409 page with the admin's own values kept, ready to
 * save again. Admin-only, as is all of {@code /admin/**}.
 */
@Controller
class GuideAdminController {

	static final String VIEW_LIST = "roleguide/admin/list";

	static final String VIEW_NEW = "roleguide/admin/new";

	static final String VIEW_GUIDE = "roleguide/admin/guide";

	static final String VIEW_PART = "roleguide/admin/part";

	private final GuideEditor editor;

	private final GuidePageModel pages;

	private final ModerationLog log;

	private final CompanyDirectory companies;

	private final Market market;

	private final GuideChecks checks;

	GuideAdminController(GuideEditor editor, GuidePageModel pages, ModerationLog log, CompanyDirectory companies,
			Market market, GuideChecks checks) {
		this.checks = checks;
		this.market = market;
		this.editor = editor;
		this.pages = pages;
		this.log = log;
		this.companies = companies;
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
			AdminRole current = this.editor.guide(id);
			conflict(model, response);
			model.addAttribute("form", GuideBasicsForm.of(current));
			return guidePage(current, model);
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
			AdminRole current = this.editor.guide(id);
			conflict(model, response);
			model.addAttribute("form", GuideBasicsForm.of(current));
			return guidePage(current, model);
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

	/** How many empty rows "Add more rows" adds. */
	static final int MORE_ROWS = 5;

	@GetMapping("/admin/guides/{id}/{part}")
	String part(@PathVariable long id, @PathVariable String part, Model model) {
		GuidePart which = part(part);
		model.addAttribute("form",
				this.editor.read(which, id).withBlankRows(which.blankRows(), (which == GuidePart.STACK) ? 3 : 0));
		return partPage(this.editor.guide(id), which, model);
	}

	@PostMapping("/admin/guides/{id}/{part}")
	String savePart(@AuthenticationPrincipal(expression = "id") long adminId, @PathVariable long id,
			@PathVariable String part, @Valid @ModelAttribute("form") GuidePartForm form, BindingResult result,
			@RequestParam(required = false) String more, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		GuidePart which = part(part);
		if (more != null) {
			// "Add more rows": the form again with what was typed and empty rows added,
			// nothing saved; never past the most a part may hold.
			int room = Math.max(0, GuidePartForm.MOST_ROWS - form.rows().size());
			model.addAttribute("form",
					form.withBlankRows(Math.min(MORE_ROWS, room), (which == GuidePart.STACK) ? 3 : 0));
			if (room == 0) {
				model.addAttribute("notice", "This part holds at most " + GuidePartForm.MOST_ROWS + " rows.");
			}
			return partPage(this.editor.guide(id), which, model);
		}
		try {
			if (!result.hasErrors() && this.editor.save(which, id, form, result, adminId)) {
				redirect.addFlashAttribute("notice", which.label() + " saved; the guide shows them now.");
				return "redirect:/admin/guides/" + id + "/" + which.slug();
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		catch (GuideEditor.GuideConflictException ex) {
			conflict(model, response);
			model.addAttribute("form", form.atVersion(this.editor.guide(id).version()));
			model.addAttribute("current", this.editor.read(which, id));
		}
		return partPage(this.editor.guide(id), which, model);
	}

	private String guidePage(AdminRole guide, Model model) {
		model.addAttribute("guide", guide);
		model.addAttribute("parts", GuidePart.values());
		model.addAttribute("sizes", this.editor.sizes(guide.role().id()));
		model.addAttribute("history", this.log.about(DecisionSubject.GUIDE, guide.role().id()));
		return VIEW_GUIDE;
	}

	private String partPage(AdminRole guide, GuidePart part, Model model) {
		model.addAttribute("moreRows", MORE_ROWS);
		model.addAttribute("guide", guide);
		model.addAttribute("part", part);
		model.addAttribute("topics", GuideTopic.values());
		model.addAttribute("factKinds", RoleFact.Kind.values());
		if (part == GuidePart.COMPANIES) {
			model.addAttribute("companies", this.companies.companies(null, null));
		}
		if (part == GuidePart.PAY) {
			model.addAttribute("regions", this.market.regions());
		}
		return VIEW_PART;
	}

	private static void conflict(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("conflict", true);
	}

	private static GuidePart part(String slug) {
		return GuidePart.of(slug).orElseThrow(() -> NotFoundException.of("part of a guide", slug));
	}

}
