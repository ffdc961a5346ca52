package uk.mljobs.salary;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import uk.mljobs.market.AdminRole;
import uk.mljobs.market.Market;
import uk.mljobs.market.RoleView;
import uk.mljobs.shared.Choices;
import uk.mljobs.shared.InvalidParameterException;
import uk.mljobs.shared.UkTime;

/**
 * Admin pages for salary bands: the list, create, edit (saving unchanged figures records
 * a review), retire, each band's history, and every change. Admin-only, as is all of
 * {@code /admin/**}.
 */
@Controller
class SalaryBandAdminController {

	static final String VIEW_LIST = "salary/admin/list";

	static final String VIEW_NEW = "salary/admin/new";

	static final String VIEW_EDIT = "salary/admin/edit";

	static final String VIEW_CONFLICT = "salary/admin/conflict";

	static final String VIEW_CHANGES = "salary/admin/changes";

	static final int CHANGES_PER_PAGE = 50;

	private final SalaryCuration curation;

	private final Market market;

	private final Clock clock;

	private final GuideQuotes quotes;

	SalaryBandAdminController(SalaryCuration curation, Market market, Clock clock, GuideQuotes quotes) {
		this.curation = curation;
		this.market = market;
		this.clock = clock;
		this.quotes = quotes;
	}

	@GetMapping("/admin/salary-bands")
	String list(@RequestParam(required = false) String role, Model model) {
		// Draft guides' roles too: their bands are set up before the guide is published.
		List<RoleView> roles = this.market.allRoles().stream().map(AdminRole::role).toList();
		RoleView selected = Choices.pick("role", role, roles, RoleView::slug);
		model.addAttribute("roles", roles);
		model.addAttribute("selectedRole", selected);
		model.addAttribute("bands", this.curation.bands(selected));
		return VIEW_LIST;
	}

	@GetMapping("/admin/salary-bands/new")
	String newBand(Model model) {
		model.addAttribute("form", BandForm.empty(thisYear()));
		return newBandPage(model);
	}

	@PostMapping("/admin/salary-bands")
	String create(@AuthenticationPrincipal SignedInUser admin, @Valid @ModelAttribute("form") BandForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Optional<Long> id;
		try {
			id = this.curation.create(form, result, admin);
		}
		catch (DataIntegrityViolationException ex) {
			// Another admin created a band for the same cell a moment ago.
			result.rejectValue("level", "duplicate",
					"A band for this level and region was just created: edit that one.");
			id = Optional.empty();
		}
		if (id.isEmpty()) {
			return newBandPage(model);
		}
		redirect.addFlashAttribute("notice", "Band created.");
		return "redirect:/admin/salary-bands/" + id.get();
	}

	@GetMapping("/admin/salary-bands/{id}")
	String edit(@PathVariable long id, Model model) {
		AdminBand band = this.curation.band(id);
		model.addAttribute("form", BandForm.of(band));
		return editPage(band, model);
	}

	@PostMapping("/admin/salary-bands/{id}")
	String update(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@Valid @ModelAttribute("form") BandForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		BandFigures before = this.curation.band(id).figures();
		try {
			if (!this.curation.update(id, form, result, admin)) {
				return editPage(this.curation.band(id), model);
			}
		}
		catch (SalaryCuration.BandConflictException ex) {
			return conflict(ex.current(), form, model, response);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Both edits read the same version; the other committed first.
			return conflict(this.curation.band(id), form, model, response);
		}
		redirect.addFlashAttribute("notice", "Band saved; the public tables show it now.");
		// Figures the band no longer has, which the guide's own words may still quote.
		AdminBand after = this.curation.band(id);
		java.util.Set<Integer> gone = new java.util.LinkedHashSet<>(List.of(before.min(), before.max()));
		gone.removeAll(List.of(after.figures().min(), after.figures().max()));
		List<GuideQuotes.Quote> stale = new java.util.ArrayList<>(this.quotes.quoting(after.role().id(), gone));
		if (!stale.isEmpty()) {
			redirect.addFlashAttribute("staleQuotes", stale);
			redirect.addFlashAttribute("staleFigures",
					gone.stream()
						.map(uk.mljobs.shared.Gbp::format)
						.collect(java.util.stream.Collectors.joining(" and ")));
		}
		return "redirect:/admin/salary-bands/" + id;
	}

	@PostMapping("/admin/salary-bands/{id}/retire")
	String retire(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@Valid @ModelAttribute("retireForm") RetireForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		AdminBand band = this.curation.band(id);
		if (result.hasErrors()) {
			model.addAttribute("form", BandForm.of(band));
			return editPage(band, model);
		}
		try {
			this.curation.retire(id, form, admin);
		}
		catch (SalaryCuration.BandConflictException ex) {
			return conflict(ex.current(), BandForm.of(band), model, response);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return conflict(this.curation.band(id), BandForm.of(band), model, response);
		}
		redirect.addFlashAttribute("notice", "Band retired; it no longer shows in the public tables.");
		return "redirect:/admin/salary-bands/" + id;
	}

	@GetMapping("/admin/salary-bands/changes")
	String changes(@RequestParam(defaultValue = "1") String page, Model model) {
		int number = page(page);
		long total = this.curation.changeCount();
		model.addAttribute("changes", this.curation.changes(CHANGES_PER_PAGE, (number - 1) * CHANGES_PER_PAGE));
		model.addAttribute("page", number);
		model.addAttribute("hasNext", (long) number * CHANGES_PER_PAGE < total);
		return VIEW_CHANGES;
	}

	private String newBandPage(Model model) {
		model.addAttribute("levelsByRole", this.market.allLevelsByRole());
		model.addAttribute("regions", this.market.regions());
		return VIEW_NEW;
	}

	private String editPage(AdminBand band, Model model) {
		model.addAttribute("band", band);
		model.addAttribute("quotes",
				this.quotes.quoting(band.role().id(), List.of(band.figures().min(), band.figures().max())));
		if (!model.containsAttribute("retireForm")) {
			model.addAttribute("retireForm", RetireForm.of(band));
		}
		model.addAttribute("history", this.curation.history(band.id()));
		return VIEW_EDIT;
	}

	/**
	 * 409: someone saved the band since this form was shown. Shows their figures beside
	 * the submitted ones, with the form ready to save again on top of theirs.
	 */
	private String conflict(AdminBand current, BandForm yours, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("band", current);
		model.addAttribute("yours", yours);
		model.addAttribute("form", new BandForm(yours.level(), yours.region(), yours.min(), yours.max(),
				yours.openEnded(), yours.source(), yours.asOfYear(), "", String.valueOf(current.version())));
		model.addAttribute("history", this.curation.history(current.id()));
		return VIEW_CONFLICT;
	}

	private static int page(String value) {
		if (!value.matches("\\d{1,4}") || Integer.parseInt(value) < 1) {
			throw InvalidParameterException.invalid("page", "Use a page number from 1.");
		}
		return Integer.parseInt(value);
	}

	private int thisYear() {
		return UkTime.today(this.clock).getYear();
	}

}
