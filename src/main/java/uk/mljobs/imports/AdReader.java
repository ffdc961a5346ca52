package uk.mljobs.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import uk.mljobs.company.CompanyView;
import uk.mljobs.job.EmploymentType;
import uk.mljobs.job.ImportedPosting;
import uk.mljobs.job.Ir35;
import uk.mljobs.job.WorkMode;
import uk.mljobs.market.LevelView;
import uk.mljobs.market.RoleView;
import uk.mljobs.market.TownView;
import uk.mljobs.roleguide.ToolView;
import uk.mljobs.shared.PayText;

/**
 * Reads one feed item as a posting for the board, or says why it is left out. The order
 * of the checks is the order of the reasons an admin sees: not in the UK, not a
 * machine-learning role, no pay the board can state (our rule: pay on every posting), a
 * pay range too wide to say what the job pays, and what a posting cannot do without (a
 * description, a link to the employer's page).
 */
final class AdReader {

	static final String NO_PAY = "no pay stated";

	static final String TOO_WIDE = "pay range too wide";

	static final String INTERNSHIP = "internship";

	static final String NO_DESCRIPTION = "description too short";

	static final String NO_LINK = "no link to the employer's page";

	static final String NO_TITLE = "no title";

	static final String NO_TOWN = "no UK town given";

	private static final Pattern INTERN = Pattern.compile("\\bintern(ship)?\\b");

	/**
	 * Vendor words a tool's name may go without in an ad: "Airflow" for "Apache Airflow".
	 */
	private static final Pattern VENDOR = Pattern.compile("^(?:apache|aws|amazon|google|azure|microsoft|gcp)\\s+");

	private final RoleMatch roles;

	private final UkPlace places;

	private final TownView london;

	private final Map<Long, TownView> townsById;

	private final List<ToolMatch> tools = new ArrayList<>();

	private final double widestPayRatio;

	private record ToolMatch(long id, Pattern name) {

	}

	/** A posting, or why not. */
	sealed interface Reading permits Read, Skipped {

	}

	record Read(ImportedPosting posting) implements Reading {

	}

	record Skipped(String reason) implements Reading {

	}

	AdReader(List<RoleView> roles, Map<Long, List<LevelView>> levels, List<TownView> towns, List<ToolView> catalogue,
			double widestPayRatio) {
		this.roles = new RoleMatch(roles, levels);
		this.places = new UkPlace(towns);
		this.townsById = new java.util.HashMap<>();
		towns.forEach((town) -> this.townsById.put(town.id(), town));
		this.london = towns.stream().filter((town) -> "london".equals(town.slug())).findFirst().orElse(null);
		for (ToolView tool : catalogue) {
			String name = tool.name().toLowerCase(Locale.ROOT);
			this.tools.add(new ToolMatch(tool.id(), word(name)));
			String bare = VENDOR.matcher(name).replaceFirst("");
			if (!bare.equals(name) && bare.length() >= 3) {
				this.tools.add(new ToolMatch(tool.id(), word(bare)));
			}
		}
		this.widestPayRatio = widestPayRatio;
	}

	private static Pattern word(String name) {
		return Pattern.compile("(?<![\\w])" + Pattern.quote(name) + "(?![\\w])");
	}

	Reading read(FeedItem item, CompanyView company) {
		String title = clean(item.title());
		if (title.isEmpty()) {
			return new Skipped(NO_TITLE);
		}
		if (INTERN.matcher(lower(item.commitment())).find()) {
			return new Skipped(INTERNSHIP);
		}
		UkPlace.Reading place = this.places.read(item.locations(), item.countryCode());
		if (place instanceof UkPlace.Skipped skipped) {
			return new Skipped(skipped.reason());
		}
		UkPlace.Found found = (UkPlace.Found) place;
		String text = text(item.descriptionHtml());
		RoleMatch.Reading role = this.roles.read(title, text);
		if (role instanceof RoleMatch.Skipped skipped) {
			return new Skipped(skipped.reason());
		}
		RoleMatch.Matched matched = (RoleMatch.Matched) role;
		PayInText.Found pay = pay(item.pay(), title + "\n" + text);
		if (pay == null) {
			return new Skipped(NO_PAY);
		}
		if (pay.max() > pay.min() * this.widestPayRatio + 1e-9) {
			return new Skipped(TOO_WIDE);
		}
		if (text.length() < 50) {
			return new Skipped(NO_DESCRIPTION);
		}
		String url = (item.url() != null) ? item.url().strip() : "";
		if (!url.matches("https?://\\S+") || url.length() > 500) {
			return new Skipped(NO_LINK);
		}
		String words = String.join(" / ", item.locations()) + "\n" + text;
		WorkMode mode = workMode(item.workplace(), found.remote(), words);
		TownView town = (found.town() != null) ? found.town() : baseTown(company, mode);
		if (town == null || town.regionId() == null) {
			return new Skipped(NO_TOWN);
		}
		boolean daily = pay.daily();
		boolean contract = AdTerms.contract(item.commitment(), title);
		EmploymentType type = AdTerms.employmentType(item.commitment(), text, daily);
		if (contract && !daily) {
			type = EmploymentType.FIXED_TERM;
		}
		Ir35 ir35 = daily ? AdTerms.ir35(text, true) : null;
		return new Read(new ImportedPosting(company.id(), item.id(), shortened(title, 120), matched.role().id(),
				matched.level().id(), town.regionId(), town.id(), mode, (mode == WorkMode.REMOTE) ? "UK" : null, type,
				pay.min(), pay.max(), ir35, AdTerms.clearance(text), AdTerms.visaSponsorship(text),
				tools(title + "\n" + text), shortened(text, 20_000), item.descriptionHtml(), url));
	}

	/**
	 * Structured pay in pounds a year or a day where the feed has it; else pay read from
	 * the words. Structured pay in another currency or per hour or month does not count,
	 * though the words may still state pounds (a US range beside a UK one).
	 */
	static PayInText.Found pay(FeedItem.Pay structured, String words) {
		if (structured != null && "GBP".equals(structured.currency())
				&& ("YEAR".equals(structured.interval()) || "DAY".equals(structured.interval()))) {
			boolean daily = "DAY".equals(structured.interval());
			long floor = daily ? PayText.MIN_DAY_RATE : PayText.MIN_SALARY;
			long ceiling = daily ? PayText.MAX_DAY_RATE : PayText.MAX_SALARY;
			if (structured.min() >= floor && structured.max() <= ceiling) {
				return new PayInText.Found((int) structured.min(), (int) structured.max(), daily);
			}
		}
		return PayInText.in(words).orElse(null);
	}

	private static WorkMode workMode(String workplace, boolean remote, String words) {
		String field = lower(workplace).replace("-", "").replace("_", "").replace(" ", "");
		return switch (field) {
			case "remote" -> WorkMode.REMOTE;
			case "hybrid" -> WorkMode.HYBRID;
			case "onsite", "office", "inoffice" -> WorkMode.ON_SITE;
			default ->
				remote ? AdTerms.workMode(words, WorkMode.REMOTE) == WorkMode.HYBRID ? WorkMode.HYBRID : WorkMode.REMOTE
						: AdTerms.workMode(words, WorkMode.ON_SITE);
		};
	}

	/**
	 * Where a job with no town named is based: the employer's first UK town, or London.
	 */
	private TownView baseTown(CompanyView company, WorkMode mode) {
		for (TownView town : company.towns()) {
			TownView known = this.townsById.get(town.id());
			if (known != null && known.regionId() != null) {
				return known;
			}
		}
		return (mode == WorkMode.REMOTE) ? this.london : null;
	}

	private Set<Long> tools(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		Set<Long> found = new LinkedHashSet<>();
		for (ToolMatch tool : this.tools) {
			if (tool.name().matcher(lower).find()) {
				found.add(tool.id());
			}
		}
		return found;
	}

	/** The description as plain text: paragraphs and list items on lines of their own. */
	static String text(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		Document document = Jsoup.parseBodyFragment(html);
		document.select("script, style, iframe, noscript, template").remove();
		StringBuilder out = new StringBuilder();
		for (Element block : document.body().select("p, li, h1, h2, h3, h4, h5, h6, div:not(:has(p, li, div))")) {
			String line = block.text().strip();
			if (!line.isEmpty()) {
				out.append(block.tagName().equals("li") ? "- " : "").append(line).append("\n\n");
			}
		}
		String text = out.toString().strip();
		return text.isEmpty() ? document.body().text().strip() : text;
	}

	private static String shortened(String text, int most) {
		if (text.length() <= most) {
			return text;
		}
		int cut = text.lastIndexOf(' ', most - 1);
		return text.substring(0, (cut > most / 2) ? cut : most - 1).strip() + "…";
	}

	private static String clean(String text) {
		return (text == null) ? "" : text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
	}

	private static String lower(String text) {
		return (text == null) ? "" : text.toLowerCase(Locale.ROOT);
	}

}
