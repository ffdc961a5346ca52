package uk.mljobs.imports;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyView;
import uk.mljobs.job.ImportedPostings;
import uk.mljobs.job.PostingProperties;
import uk.mljobs.market.LevelView;
import uk.mljobs.market.Market;
import uk.mljobs.market.RoleView;
import uk.mljobs.roleguide.RoleGuides;
import uk.mljobs.system.SiteProperties;

/**
 * Runs sources: on the schedule ({@code mljobs.import.cron}) every source that is due,
 * and one source at once when an admin asks. A run holds its source (so no two instances
 * read it together, and each due source runs once across them), reads the whole feed,
 * reads each item as a posting or a reason to leave it out, saves the postings, and
 * closes those the feed no longer lists. A feed that cannot be read whole changes nothing
 * on the board: the failure is recorded, and after {@code failures-before-pause} in a row
 * the source is paused until an admin resumes it.
 */
@Component
class SourceRuns {

	private static final Logger log = LoggerFactory.getLogger(SourceRuns.class);

	static final String TWICE = "listed twice in the feed";

	static final String NOT_SAVED = "could not be saved";

	static final String ROLE_OFF_SITE = "its role's guide is off the site";

	private final Sources sources;

	private final FeedClient client;

	private final ImportedPostings postings;

	private final Market market;

	private final CompanyDirectory companies;

	private final RoleGuides guides;

	private final PostingProperties postingRules;

	private final ImportProperties properties;

	private final String instance;

	/** Runs an admin asked for, one at a time, off the request thread. */
	private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors
		.newSingleThreadExecutor((work) -> {
			Thread thread = new Thread(work, "source-run");
			thread.setDaemon(true);
			return thread;
		});

	private final Map<SourceKind, FeedFormat> formats = new EnumMap<>(SourceKind.class);

	SourceRuns(Sources sources, FeedClient client, ImportedPostings postings, Market market, CompanyDirectory companies,
			RoleGuides guides, PostingProperties postingRules, ImportProperties properties, SiteProperties site,
			JsonMapper json) {
		this.sources = sources;
		this.client = client;
		this.postings = postings;
		this.market = market;
		this.companies = companies;
		this.guides = guides;
		this.postingRules = postingRules;
		this.properties = properties;
		this.instance = site.instanceName();
		List.of(new GreenhouseFeed(properties.baseUrl(SourceKind.GREENHOUSE)),
				new LeverFeed(SourceKind.LEVER, properties.baseUrl(SourceKind.LEVER)),
				new LeverFeed(SourceKind.LEVER_EU, properties.baseUrl(SourceKind.LEVER_EU)),
				new AshbyFeed(properties.baseUrl(SourceKind.ASHBY)),
				new WorkableFeed(properties.baseUrl(SourceKind.WORKABLE)),
				new SmartRecruitersFeed(properties.baseUrl(SourceKind.SMARTRECRUITERS)), new JsonLdFeed(json))
			.forEach((format) -> this.formats.put(format.kind(), format));
	}

	/** What became of a request to run a source. */
	enum Result {

		/** Read whole; the board follows the feed. */
		READ,

		/** Could not be read; nothing changed. */
		FAILED,

		/** Paused, or another run holds it. */
		NOT_RUN

	}

	@jakarta.annotation.PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	@Scheduled(cron = "${mljobs.import.cron:0 0 * * * *}")
	void runDue() {
		for (long id : this.sources.due()) {
			try {
				run(id);
			}
			catch (RuntimeException ex) {
				log.error("Source {} run failed unexpectedly", id, ex);
			}
		}
	}

	/** Runs the source soon, on a worker, whether or not it is due. */
	void runSoon(long id) {
		this.sources.dueNow(id);
		this.executor.execute(() -> {
			try {
				run(id);
			}
			catch (RuntimeException ex) {
				log.error("Source {} run failed unexpectedly", id, ex);
			}
		});
	}

	Result run(long id) {
		if (!this.sources.hold(id, this.instance)) {
			return Result.NOT_RUN;
		}
		Source source = this.sources.find(id).orElseThrow();
		List<FeedItem> items;
		try {
			items = this.formats.get(source.kind()).read(source.token(), this.client.forRun());
		}
		catch (FeedException ex) {
			fail(source, ex.getMessage());
			return Result.FAILED;
		}
		catch (RuntimeException ex) {
			log.error("Source {} ({} {}) could not be read", id, source.kind(), source.token(), ex);
			fail(source, "The feed could not be read: " + ex.getClass().getSimpleName());
			return Result.FAILED;
		}
		try {
			Counts counts = follow(source, items);
			this.sources.succeeded(id, counts, this.properties.every());
			log.info("Source {} ({} {}): {} seen, {} new, {} updated, {} closed, {} left out", id, source.kind(),
					source.token(), counts.seen(), counts.created(), counts.updated(), counts.closed(),
					counts.skippedTotal());
			return Result.READ;
		}
		catch (RuntimeException ex) {
			log.error("Source {} ({} {}) failed while saving its postings", id, source.kind(), source.token(), ex);
			fail(source, "Its postings could not be saved: " + ex.getClass().getSimpleName());
			return Result.FAILED;
		}
	}

	private void fail(Source source, String message) {
		boolean paused = this.sources.failed(source.id(), message, this.properties.every(),
				this.properties.failuresBeforePause());
		if (paused) {
			log.warn("Source {} ({} {}) paused after {} failed runs in a row: {}", source.id(), source.kind(),
					source.token(), this.properties.failuresBeforePause(), message);
		}
		else {
			log.warn("Source {} ({} {}) could not be read: {}", source.id(), source.kind(), source.token(), message);
		}
	}

	private Counts follow(Source source, List<FeedItem> items) {
		CompanyView company = this.companies.company(source.companyId()).orElseThrow();
		Map<Long, List<LevelView>> levels = this.market.levelsByRole()
			.entrySet()
			.stream()
			.collect(Collectors.toMap((entry) -> entry.getKey().id(), Map.Entry::getValue));
		List<RoleView> roles = this.market.roles();
		AdReader reader = new AdReader(roles, levels, this.market.towns(), this.guides.catalogue(),
				this.postingRules.widestPayRatio());
		Counts counts = new Counts();
		Set<String> ids = new HashSet<>();
		Set<String> listed = new HashSet<>();
		for (FeedItem item : items) {
			counts.addSeen();
			if (!ids.add(item.id())) {
				counts.addSkipped(TWICE, item.title());
				continue;
			}
			AdReader.Reading reading = reader.read(item, company);
			if (reading instanceof AdReader.Skipped skipped) {
				counts.addSkipped(skipped.reason(), item.title());
				continue;
			}
			listed.add(item.id());
			try {
				switch (this.postings.save(source.id(), source.direct(), ((AdReader.Read) reading).posting())) {
					case CREATED -> counts.addCreated();
					case UPDATED -> counts.addUpdated();
					case ROLE_OFF_SITE -> counts.addSkipped(ROLE_OFF_SITE, item.title());
					default -> {
					}
				}
			}
			catch (RuntimeException ex) {
				log.warn("Source {}: item {} could not be saved: {}", source.id(), item.id(), ex.getMessage());
				counts.addSkipped(NOT_SAVED, item.title());
			}
		}
		counts.addClosed(this.postings.closeGone(source.id(), listed));
		return counts;
	}

}
