package uk.mljobs.company;

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

import uk.mljobs.market.Market;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.TownView;
import uk.mljobs.shared.InvalidParameterException;

/**
 * Admin pages for companies: the list with recruiters' proposals to decide (approve as a
 * new company, merge into a listed one, reject), create, edit (409 on a stale version),
 * and the sectors and towns companies are filed under. Admin-only, as is all of
 * {@code /admin/**}. The signed-in admin arrives as their account id, so this feature
 * needs nothing from accounts (which need companies).
 */
@Controller
class CompanyAdminController {

	static final String VIEW_LIST = "company/admin/list";

	static final String VIEW_NEW = "company/admin/new";

	static final String VIEW_EDIT = "company/admin/edit";

	static final String VIEW_CONFLICT = "company/admin/conflict";

	static final String VIEW_REFERENCE = "company/admin/reference";

	private static final String LIST = "redirect:/admin/companies";

	private final CompanyCuration curation;

	private final CompanyDirectory directory;

	private final Market market;

	private final EmployerDomains domains;

	CompanyAdminController(CompanyCuration curation, CompanyDirectory directory, Market market,
			EmployerDomains domains) {
		this.domains = domains;
		this.curation = curation;
		this.directory = directory;
		this.market = market;
	}

	@GetMapping("/admin/companies")
	String list(Model model) {
		model.addAttribute("companies", this.directory.companies(null, null));
		model.addAttribute("proposals", this.curation.pending());
		model.addAttribute("sectors", this.directory.sectors());
		if (!model.containsAttribute("rejectForm")) {
			model.addAttribute("rejectForm", new RejectForm(""));
		}
		return VIEW_LIST;
	}

	@GetMapping("/admin/companies/new")
	String newCompany(Model model) {
		model.addAttribute("form", CompanyForm.empty());
		return formPage(VIEW_NEW, model);
	}

	@PostMapping("/admin/companies")
	String create(@AuthenticationPrincipal(expression = "id") long adminId,
			@Valid @ModelAttribute("form") CompanyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<Long> id;
		try {
			id = this.curation.create(form, result, adminId);
		}
		catch (DataIntegrityViolationException ex) {
			// Another admin listed a company of the same name a moment ago.
			result.rejectValue("name", "duplicate", "A company of this name was just listed: edit that one.");
			id = Optional.empty();
		}
		if (id.isEmpty()) {
			return formPage(VIEW_NEW, model);
		}
		redirect.addFlashAttribute("notice", "Company listed: its page is live.");
		return "redirect:/admin/companies/" + id.get();
	}

	@GetMapping("/admin/companies/{id}")
	String edit(@PathVariable long id, Model model) {
		AdminCompany company = this.curation.company(id);
		model.addAttribute("form", CompanyForm.of(company));
		return editPage(company, model);
	}

	@PostMapping("/admin/companies/{id}")
	String update(@AuthenticationPrincipal(expression = "id") long adminId, @PathVariable long id,
			@Valid @ModelAttribute("form") CompanyForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!this.curation.update(id, form, result, adminId)) {
				return editPage(this.curation.company(id), model);
			}
		}
		catch (CompanyCuration.CompanyConflictException | ObjectOptimisticLockingFailureException ex) {
			// Seen from the form's version, or (both edits read the same version) at the
			// save: either way the other committed first.
			return conflict(this.curation.company(id), form, model, response);
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("name", "duplicate", "A company of this name was just listed: choose another name.");
			return editPage(this.curation.company(id), model);
		}
		redirect.addFlashAttribute("notice", "Company saved; its public page shows it now.");
		return "redirect:/admin/companies/" + id;
	}

	@PostMapping("/admin/companies/proposals/{id}/approve")
	String approve(@AuthenticationPrincipal(expression = "id") long adminId, @PathVariable long id,
			@RequestParam String sector, RedirectAttributes redirect) {
		if (this.directory.sectors().stream().noneMatch((s) -> s.slug().equals(sector))) {
			throw InvalidParameterException.unknownValue("sector", sector,
					this.directory.sectors().stream().map(SectorView::slug).toList());
		}
		CompanyProposalView decided = this.curation.approve(id, sector, adminId);
		redirect.addFlashAttribute("notice",
				"Approved: " + decided.name() + " is listed and its recruiters can post. Fill in its details below.");
		return "redirect:/admin/companies/" + decided.companyId();
	}

	@PostMapping("/admin/companies/proposals/{id}/merge")
	String merge(@AuthenticationPrincipal(expression = "id") long adminId, @PathVariable long id,
			@RequestParam String company, RedirectAttributes redirect) {
		if (!company.matches("\\d{1,18}")) {
			throw InvalidParameterException.invalid("company", "Choose a listed company to merge the proposal into.");
		}
		CompanyProposalView decided = this.curation.merge(id, Long.parseLong(company), adminId);
		redirect.addFlashAttribute("notice",
				"Merged: the recruiters who proposed " + decided.name() + " now post for the listed company.");
		return LIST;
	}

	@PostMapping("/admin/companies/proposals/{id}/reject")
	String reject(@AuthenticationPrincipal(expression = "id") long adminId, @PathVariable long id,
			@Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("rejecting", id);
			return list(model);
		}
		this.curation.reject(id, form.reason(), adminId);
		redirect.addFlashAttribute("notice", "Company proposal rejected; the reason is in the admin log.");
		return LIST;
	}

	@GetMapping("/admin/companies/sectors-and-towns")
	String reference(Model model) {
		model.addAttribute("sectorForm", SectorForm.empty());
		model.addAttribute("townForm", TownForm.empty());
		return referencePage(model);
	}

	@PostMapping("/admin/companies/sectors")
	String addSector(@AuthenticationPrincipal(expression = "id") long adminId,
			@ModelAttribute("sectorForm") SectorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<SectorView> sector = this.curation.addSector(form.name(), result, adminId);
		if (sector.isEmpty()) {
			model.addAttribute("townForm", TownForm.empty());
			return referencePage(model);
		}
		redirect.addFlashAttribute("notice", "Sector added: " + sector.get().name() + ".");
		return "redirect:/admin/companies/sectors-and-towns";
	}

	@PostMapping("/admin/companies/towns")
	String addTown(@AuthenticationPrincipal(expression = "id") long adminId,
			@Valid @ModelAttribute("townForm") TownForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<TownView> town = this.curation.addTown(form, result, adminId);
		if (town.isEmpty()) {
			model.addAttribute("sectorForm", SectorForm.empty());
			return referencePage(model);
		}
		redirect.addFlashAttribute("notice", "Town added: " + town.get().name() + ".");
		return "redirect:/admin/companies/sectors-and-towns";
	}

	private String formPage(String view, Model model) {
		model.addAttribute("sectors", this.directory.sectors());
		model.addAttribute("towns", this.market.towns());
		return view;
	}

	private String editPage(AdminCompany company, Model model) {
		model.addAttribute("company", company);
		long id = company.company().id();
		if (!model.containsAttribute("domainsForm")) {
			List<String> current = this.domains.of(id);
			model.addAttribute("domainsForm", new DomainsForm(
					current.isEmpty() ? this.domains.proposed(id).orElse("") : String.join("\n", current)));
		}
		model.addAttribute("domainsProposed", this.domains.of(id).isEmpty() && this.domains.proposed(id).isPresent());
		return formPage(VIEW_EDIT, model);
	}

	/**
	 * The email domains whose confirmed addresses make a recruiter a verified employer
	 * here.
	 */
	record DomainsForm(String domains) {
	}

	@PostMapping("/admin/companies/{id}/domains")
	String saveDomains(@AuthenticationPrincipal(expression = "id") long adminId, @PathVariable long id,
			@ModelAttribute("domainsForm") DomainsForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!this.domains.replace(id, form.domains(), adminId, result)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			AdminCompany company = this.curation.company(id);
			model.addAttribute("form", CompanyForm.of(company));
			return editPage(company, model);
		}
		redirect.addFlashAttribute("notice",
				"Email domains saved: recruiters with a confirmed address on them are verified employers here.");
		return "redirect:/admin/companies/" + id;
	}

	/**
	 * 409: someone saved the company since this form was shown. Shows their values beside
	 * the submitted ones, with the form ready to save again on top of theirs.
	 */
	private String conflict(AdminCompany current, CompanyForm yours, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("company", current);
		model.addAttribute("yours", yours);
		model.addAttribute("current", CompanyForm.of(current));
		model.addAttribute("form",
				new CompanyForm(yours.name(), yours.sector(), yours.locations(), yours.remoteUk(), yours.summary(),
						yours.requirement(), yours.website(), yours.logo(), yours.towns(), yours.focus(),
						yours.reason(), String.valueOf(current.version())));
		return formPage(VIEW_CONFLICT, model);
	}

	private String referencePage(Model model) {
		model.addAttribute("sectors", this.curation.sectorUse());
		model.addAttribute("towns", this.market.towns());
		model.addAttribute("regions", this.market.regions());
		model.addAttribute("regionNames",
				this.market.regions()
					.stream()
					.collect(java.util.stream.Collectors.toMap(RegionView::id, RegionView::name)));
		return VIEW_REFERENCE;
	}

}
