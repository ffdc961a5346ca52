package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.mljobs.market.AdminRole;

/**
 * The editor of each part of a guide, on a page of its own: its rows with empty ones for
 * new entries, more empty rows on request, and a save of the whole part. The posted form
 * binds as the part's own typed form ({@link PartFormBinding}). A save based on an old
 * version of the guide gets a 409 page with the admin's rows kept and the current ones
 * listed. Admin-only, as is all of {@code /admin/**}.
 */
@Controller
class GuidePartController {

	/** Each part's template is named by its slug: {@code roleguide/admin/parts/faq}. */
	static final String VIEW_PARTS = "roleguide/admin/parts/";

	/** How many empty rows "Add more rows" adds. */
	static final int MORE_ROWS = 5;

	private final GuideEditor editor;

	private final GuideParts parts;

	GuidePartController(GuideEditor editor, GuideParts parts) {
		this.editor = editor;
		this.parts = parts;
	}

	@GetMapping("/admin/guides/{id}/{part}")
	String part(@PathVariable long id, @PathVariable String part, Model model) {
		return page(this.parts.editor(part), id, model);
	}

	private <R extends PartRow> String page(PartEditor<R> part, long id, Model model) {
		model.addAttribute(PartFormBinding.NAME,
				withBlankRows(part, this.editor.read(part, id), part.part().blankRows()));
		return partPage(this.editor.guide(id), part, model);
	}

	@PostMapping("/admin/guides/{id}/{part}")
	String save(@AuthenticationPrincipal(expression = "id") long adminId, @PathVariable long id, PartForm<?> form,
			BindingResult result, @RequestParam(required = false) String more, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return save(adminId, id, form, result, more != null, model, response, redirect);
	}

	private <R extends PartRow> String save(long adminId, long id, PartForm<R> form, BindingResult result, boolean more,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		PartEditor<R> part = this.parts.editorOf(form);
		if (more) {
			// "Add more rows": the form again with what was typed and empty rows added,
			// nothing saved; never past the most a part may hold.
			int room = Math.max(0, PartForm.MOST_ROWS - form.rows().size());
			model.addAttribute(PartFormBinding.NAME, withBlankRows(part, form, Math.min(MORE_ROWS, room)));
			if (room == 0) {
				model.addAttribute("notice", "This part holds at most " + PartForm.MOST_ROWS + " rows.");
			}
			return partPage(this.editor.guide(id), part, model);
		}
		try {
			if (!result.hasErrors() && this.editor.save(part, id, form, result, adminId)) {
				redirect.addFlashAttribute("notice", part.part().label() + " saved; the guide shows them now.");
				return "redirect:/admin/guides/" + id + "/" + part.part().slug();
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		catch (GuideEditor.GuideConflictException ex) {
			GuideAdminController.conflict(model, response);
			model.addAttribute(PartFormBinding.NAME,
					part.form(form.rows(), String.valueOf(this.editor.guide(id).version()), form.reason()));
			model.addAttribute("current", this.editor.read(part, id));
		}
		return partPage(this.editor.guide(id), part, model);
	}

	private static <R extends PartRow> PartForm<R> withBlankRows(PartEditor<R> part, PartForm<R> form, int count) {
		List<R> rows = new ArrayList<>(form.rows());
		for (int i = 0; i < count; i++) {
			rows.add(part.blank());
		}
		return part.form(rows, form.version(), form.reason());
	}

	private String partPage(AdminRole guide, PartEditor<?> part, Model model) {
		model.addAttribute("moreRows", MORE_ROWS);
		model.addAttribute("guide", guide);
		model.addAttribute("part", part.part());
		model.addAllAttributes(part.choices());
		return VIEW_PARTS + part.part().slug();
	}

}
