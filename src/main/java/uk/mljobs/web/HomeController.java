package uk.mljobs.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.job.JobSearch;
import uk.mljobs.job.PostingSummary;
import uk.mljobs.market.Market;
import uk.mljobs.market.RoleView;
import uk.mljobs.salary.MarketSalaryView;
import uk.mljobs.salary.RolePay;
import uk.mljobs.salary.Salaries;
import uk.mljobs.salary.SalaryTable;
import uk.mljobs.shared.Gbp;
import uk.mljobs.shared.PayRange;
import uk.mljobs.system.JsonLd;
import uk.mljobs.system.Site;

@Controller
class HomeController {

	static final String VIEW_HOME = "home";

	/** How many of the newest live postings the home page lists. */
	static final int POSTINGS_SHOWN = 6;

	private final Market market;

	private final Salaries salaries;

	private final CompanyDirectory companies;

	private final JobSearch search;

	private final Site site;

	private final JsonLd jsonLd;

	HomeController(Market market, Salaries salaries, CompanyDirectory companies, JobSearch search, Site site,
			JsonLd jsonLd) {
		this.market = market;
		this.salaries = salaries;
		this.companies = companies;
		this.search = search;
		this.site = site;
		this.jsonLd = jsonLd;
	}

	@GetMapping("/")
	String home(Model model) {
		List<RoleCard> cards = this.market.roles()
			.stream()
			.map((role) -> new RoleCard(role, headlinePay(this.salaries.pay(role, null))))
			.toList();
		model.addAttribute("cards", cards);
		model.addAttribute("companies", this.companies.companies(null, null));
		model.addAttribute("regions", this.market.regions());
		model.addAttribute("livePostings",
				this.search.newest(null, null, POSTINGS_SHOWN).stream().map(PostingSummary::card).toList());
		model.addAttribute("jsonLd", this.jsonLd.render(webSite()));
		return VIEW_HOME;
	}

	/**
	 * The site as schema.org describes one, with its job search as the action a search
	 * engine may offer under it (a search box in its results).
	 */
	private Map<String, Object> webSite() {
		Map<String, Object> target = new LinkedHashMap<>();
		target.put("@type", "EntryPoint");
		target.put("urlTemplate", this.site.absolute("/jobs?q={search_term_string}"));
		Map<String, Object> action = new LinkedHashMap<>();
		action.put("@type", "SearchAction");
		action.put("target", target);
		action.put("query-input", "required name=search_term_string");
		Map<String, Object> webSite = new LinkedHashMap<>();
		webSite.put("@context", "https://schema.org");
		webSite.put("@type", "WebSite");
		webSite.put("name", this.site.name());
		webSite.put("url", this.site.absolute("/"));
		webSite.put("potentialAction", action);
		return webSite;
	}

	/**
	 * One line of pay for a role card: the UK median where the source gives one, else the
	 * span of the curated bands.
	 */
	static String headlinePay(RolePay pay) {
		for (MarketSalaryView salary : pay.marketSalaries()) {
			if (salary.region() == null) {
				return "Median " + salary.medianDisplay()
						+ ((salary.range() != null) ? ", typically " + salary.range().display() : "");
			}
		}
		List<PayRange> ranges = pay.table()
			.rows()
			.stream()
			.flatMap((row) -> row.cells().stream())
			.map(SalaryTable.Cell::range)
			.filter((range) -> range != null)
			.toList();
		if (ranges.isEmpty()) {
			return null;
		}
		PayRange lowest = ranges.stream().min((a, b) -> Integer.compare(a.min(), b.min())).orElseThrow();
		PayRange highest = ranges.stream().max((a, b) -> Integer.compare(a.max(), b.max())).orElseThrow();
		return Gbp.format(lowest.min()) + " to " + Gbp.format(highest.max()) + (highest.openEnded() ? "+" : "")
				+ " by level and region";
	}

	/**
	 * @param role the role
	 * @param pay one line of headline pay, or {@code null}
	 */
	record RoleCard(RoleView role, String pay) {
	}

}
