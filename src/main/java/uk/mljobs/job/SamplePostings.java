package uk.mljobs.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.account.AccountRole;
import uk.mljobs.account.AccountService;
import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyView;
import uk.mljobs.market.LevelView;
import uk.mljobs.market.Market;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.market.TownView;
import uk.mljobs.roleguide.RoleGuide;
import uk.mljobs.roleguide.RoleGuides;
import uk.mljobs.salary.RolePay;
import uk.mljobs.salary.Salaries;
import uk.mljobs.shared.UkTime;
import uk.mljobs.system.SiteProperties;

/**
 * Demo mode: three demo accounts and about 150 sample postings across the documents'
 * companies, roles, levels and towns, made once, from a fixed seed so every run looks the
 * same, with pay and skills that follow the published figures and guides
 * ({@link SampleMix}). Each is marked as a sample wherever it appears.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("mljobs.demo.enabled")
class SamplePostings implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SamplePostings.class);

	static final int COUNT = 150;

	static final String ADMIN = "admin@demo.mljobs.uk";

	static final String RECRUITER_MONZO = "alex@demo.mljobs.uk";

	static final String RECRUITER_ARM = "priya@demo.mljobs.uk";

	private static final String[] FOCUS = { "feature store", "model serving platform", "training pipelines",
			"fraud models", "forecasting", "recommendations", "LLM evaluation", "GPU platform", "monitoring",
			"search ranking" };

	private final Postings postings;

	private final AccountService accounts;

	private final CompanyDirectory companies;

	private final Market market;

	private final RoleGuides guides;

	private final Salaries salaries;

	private final DescriptionRenderer renderer;

	private final SearchIndex searchIndex;

	private final SiteProperties properties;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	SamplePostings(Postings postings, AccountService accounts, CompanyDirectory companies, Market market,
			RoleGuides guides, Salaries salaries, DescriptionRenderer renderer, SearchIndex searchIndex,
			SiteProperties properties, Clock clock, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.postings = postings;
		this.accounts = accounts;
		this.companies = companies;
		this.market = market;
		this.guides = guides;
		this.salaries = salaries;
		this.renderer = renderer;
		this.searchIndex = searchIndex;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// Replicas starting together take turns: the first loads, the others find it
		// done.
		this.jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext('mljobs demo data'))");
		String password = this.properties.demo().password();
		this.accounts.demoAccount(ADMIN, "Demo Admin", AccountRole.ADMIN, null, password);
		long alex = this.accounts.demoAccount(RECRUITER_MONZO, "Alex Morgan (demo)", AccountRole.RECRUITER, "monzo",
				password);
		long priya = this.accounts.demoAccount(RECRUITER_ARM, "Priya Shah (demo)", AccountRole.RECRUITER, "arm",
				password);
		if (this.postings.existsBySampleTrue()) {
			return;
		}
		Random random = new Random(2026);
		List<CompanyView> companies = this.companies.companies(null, null)
			.stream()
			.filter((company) -> !company.towns().isEmpty())
			.toList();
		List<RoleView> roles = this.market.roles();
		List<TownView> ukTowns = this.market.towns().stream().filter((town) -> !town.abroad()).toList();
		Map<Long, RolePay> pay = new HashMap<>();
		Map<Long, RoleGuide> guides = new HashMap<>();
		Map<Long, RegionView> regions = new HashMap<>();
		this.market.regions().forEach((region) -> regions.put(region.id(), region));
		Instant now = this.clock.instant();
		LocalDate today = UkTime.dateOf(now);
		List<Posting> made = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			CompanyView company = companies.get(i % companies.size());
			RoleView role = roles.get(random.nextInt(roles.size()));
			List<LevelView> levels = this.market.levels(role.id());
			LevelView level = levels.get(random.nextInt(levels.size()));
			TownView town = company.towns()
				.stream()
				.filter((t) -> !t.abroad())
				.findFirst()
				.orElse(ukTowns.get(random.nextInt(ukTowns.size())));
			boolean contract = random.nextInt(6) == 0;
			EmploymentType type = contract ? EmploymentType.CONTRACT
					: (random.nextInt(10) == 0) ? EmploymentType.FIXED_TERM : EmploymentType.PERMANENT_FULL_TIME;
			WorkMode mode = WorkMode.values()[random.nextInt(WorkMode.values().length)];
			int[] range = SampleMix.pay(pay.computeIfAbsent(role.id(), (id) -> this.salaries.pay(role, null)), levels,
					level, regions.get(town.regionId()), contract, random);
			Set<Long> toolIds = SampleMix.tools(guides.computeIfAbsent(role.id(), (id) -> this.guides.guide(role)),
					random);
			String focus = FOCUS[random.nextInt(FOCUS.length)];
			String title = level.title() + ((random.nextBoolean()) ? ", " + focus : "");
			String markdown = description(company, role, level, focus, contract);
			// Most are recent; a third are spread over the year before, long ended, so
			// the
			// trends and "three months ago" have postings to show.
			int ageDays = (i % 3 == 0) ? 75 + random.nextInt(290) : random.nextInt(75);
			Instant published = now.minus(Duration.ofDays(ageDays)).minus(Duration.ofMinutes(random.nextInt(600)));
			LocalDate publishedOn = UkTime.dateOf(published);
			LocalDate closes = publishedOn.plusDays(30 + random.nextInt(31));
			PostingContent content = new PostingContent(company.id(), title, role.id(), level.id(), town.regionId(),
					town.id(), mode, (mode == WorkMode.REMOTE) ? "UK" : null, type, range[0], range[1],
					contract ? Ir35.values()[random.nextInt(Ir35.values().length)] : null,
					(company.requirement() != null) ? Clearance.SC : Clearance.NONE, random.nextInt(4) == 0, toolIds,
					Set.of(focus.toLowerCase(java.util.Locale.ROOT)), markdown, this.renderer.render(markdown),
					"https://careers.example.com/" + company.slug() + "/" + (i + 1), null, closes);
			// Samples of companies without a demo recruiter belong to no account.
			Long owner = "monzo".equals(company.slug()) ? Long.valueOf(alex)
					: "arm".equals(company.slug()) ? Long.valueOf(priya) : null;
			Posting posting = new Posting(new UUID(2026L, i), owner, false, content,
					published.minus(Duration.ofHours(6)))
				.markSample();
			posting.submit(published.minus(Duration.ofHours(5)));
			if (i % 25 == 7) {
				made.add(posting); // left waiting for review, for the moderation demo
				continue;
			}
			posting.approve(published);
			if (closes.isBefore(today)) {
				posting.expire(closes.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant());
			}
			else if (i % 19 == 3) {
				posting.end((i % 2 == 0) ? PostingStatus.FILLED : PostingStatus.CLOSED, now.minus(Duration.ofDays(1)));
			}
			made.add(posting);
		}
		this.postings.saveAllAndFlush(made);
		this.searchIndex.refresh(made.stream().map(Posting::id).toList());
		log.info("Demo mode: loaded {} sample postings and the demo accounts", made.size());
	}

	private static String description(CompanyView company, RoleView role, LevelView level, String focus,
			boolean contract) {
		return """
				**Sample posting for the demo: this job does not exist.**

				%s is looking for a %s to work on its %s. You would join a small team that owns the work from \
				first prototype to production, with on-call shared fairly.

				What you would do:

				- build and run the %s end to end
				- keep models healthy in production: monitoring, retraining, incident reviews
				- pair with data scientists and product engineers

				%s Read the [%s guide](%s) for what the role involves and pays.
				""".formatted(company.name(), level.title(), focus, focus,
				contract ? "This is a contract; the IR35 status is stated above." : "Permanent role with a pension.",
				role.title(), role.path());
	}

}
