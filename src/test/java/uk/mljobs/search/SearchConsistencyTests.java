package uk.mljobs.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.MlJobsApplication;
import uk.mljobs.search.SearchQuery.Order;
import uk.mljobs.support.OwnDatabase;
import uk.mljobs.support.TestDatabase;
import uk.mljobs.support.Eventually;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The index stays true to the database on one instance and on several: this test's
 * context is instance A; instance B is a second application on the same database with an
 * index of its own, told of changes only by the database's notices (or its poll).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SearchConsistencyTests.Database.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchConsistencyTests {

	/** What the issue promises between instances. */
	private static final Duration WITHIN = Duration.ofSeconds(2);

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Engines engines;

	@Autowired
	private SearchIndexing indexing;

	@Autowired
	private JdbcConnectionDetails database;

	@Autowired
	private MockMvc mvc;

	private Path folders;

	private ConfigurableApplicationContext b;

	@BeforeAll
	void instanceB() throws Exception {
		assertThat(this.indexing.awaitReady(Duration.ofSeconds(60))).isTrue();
		this.folders = Files.createTempDirectory("mljobs-consistency");
		this.b = instance("b", this.folders.resolve("b"));
	}

	@AfterAll
	void stop() {
		if (this.b != null) {
			this.b.close();
		}
	}

	@Test
	void aPostingPublishedHereIsFoundOnAnotherInstanceAndLeavesWhenItCloses() {
		String word = marker();
		long id = posting(word, "monzo");
		assertThat(within(() -> found(this.b, word).contains(id))).as("found on B within 2 s").isTrue();
		this.jdbc.update("UPDATE posting SET status = 'CLOSED', ended_at = now() WHERE id = ?", id);
		assertThat(within(() -> found(this.b, word).isEmpty())).as("gone from B within 2 s").isTrue();
		long expiring = posting(word, "monzo");
		assertThat(within(() -> found(this.b, word).contains(expiring))).isTrue();
		this.jdbc.update("UPDATE posting SET status = 'EXPIRED', ended_at = now() WHERE id = ?", expiring);
		assertThat(within(() -> found(this.b, word).isEmpty())).as("expired, gone from B").isTrue();
	}

	@Test
	void aRenamedCompanysPostingsAreFoundByItsNewName() {
		String word = marker();
		long id = posting(word, "deliveroo");
		String name = "Zq" + word.substring(2, 8) + " Foods";
		this.jdbc.update("UPDATE company SET name = ? WHERE slug = 'deliveroo'", name);
		try {
			this.indexing.awaitCurrent();
			String newName = name.substring(0, 8).toLowerCase();
			for (String engine : List.of(LuceneEngine.NAME, Engines.POSTGRES)) {
				assertThat(search(this.engines.named(engine), newName)).as(engine).contains(id);
			}
			assertThat(within(() -> found(this.b, newName).contains(id))).as("B").isTrue();
		}
		finally {
			this.jdbc.update("UPDATE company SET name = 'Deliveroo' WHERE slug = 'deliveroo'");
		}
	}

	@Test
	void twoTransactionsCommittingOutOfOrderBothReachTheIndex() throws Exception {
		String first = marker();
		String second = marker();
		try (Connection older = connect(); Connection newer = connect()) {
			older.setAutoCommit(false);
			newer.setAutoCommit(false);
			// The older transaction writes first, so its change row and id come first...
			long a = insert(older, first);
			long b = insert(newer, second);
			// ...but commits last: a reader going by change id would have passed it.
			newer.commit();
			assertThat(within(() -> found(this.b, second).contains(b))).isTrue();
			this.indexing.awaitCurrent();
			assertThat(search(this.engines.configured(), second)).contains(b);
			assertThat(search(this.engines.configured(), first)).isEmpty();
			older.commit();
			assertThat(within(() -> found(this.b, first).contains(a))).as("the older one reaches B").isTrue();
			this.indexing.awaitCurrent();
			assertThat(search(this.engines.configured(), first)).as("and this instance").contains(a);
		}
	}

	@Test
	void aRebuildAskedForWhileServingSwapsInAFreshIndex() throws Exception {
		String word = marker();
		long id = posting(word, "monzo");
		Path folder = this.folders.resolve("rebuilt");
		ConfigurableApplicationContext f = instance("f", folder);
		try {
			SearchEngine engine = engine(f);
			assertThat(within(() -> found(f, word).contains(id))).isTrue();
			String before = Files.readString(folder.resolve(LuceneIndex.CURRENT)).strip();
			engine.rebuild();
			assertThat(within(() -> engine.ready() && !before.equals(current(folder)), Duration.ofSeconds(30)))
				.as("a new index swapped in")
				.isTrue();
			assertThat(engine.status().detail()).startsWith("built with");
			assertThat(found(f, word)).contains(id);
			try (Stream<Path> children = Files.list(folder)) {
				assertThat(children.filter(Files::isDirectory).count()).as("the old index's folder is gone").isOne();
			}
		}
		finally {
			f.close();
		}
	}

	private static String current(Path folder) {
		try {
			return Files.readString(folder.resolve(LuceneIndex.CURRENT)).strip();
		}
		catch (java.io.IOException ex) {
			return "";
		}
	}

	@Test
	void aRestartReplaysWhatChangedMeanwhileInsteadOfRebuilding() throws Exception {
		Path folder = this.folders.resolve("restart");
		ConfigurableApplicationContext c = instance("c", folder);
		String word = marker();
		long before = posting(word, "monzo");
		assertThat(within(() -> found(c, word).contains(before))).isTrue();
		c.close();
		long meanwhile = posting(word, "arm");
		ConfigurableApplicationContext again = instance("c", folder);
		try {
			EngineStatus status = engine(again).status();
			assertThat(status.detail()).as("opened, not built").isNull();
			assertThat(within(() -> found(again, word).containsAll(List.of(before, meanwhile)))).isTrue();
		}
		finally {
			again.close();
		}
	}

	@Test
	void anInstanceStoppedMidRebuildComesBackWithACompleteIndex() throws Exception {
		String word = marker();
		for (int i = 0; i < 400; i++) {
			posting(word, (i % 2 == 0) ? "monzo" : "arm");
		}
		Path folder = this.folders.resolve("killed");
		ConfigurableApplicationContext d = instance("d", folder);
		SearchEngine engine = engine(d);
		engine.rebuild();
		assertThat(within(() -> "building".equals(engine.status().state()) || Files.exists(folder))).isTrue();
		d.close();
		ConfigurableApplicationContext again = instance("d", folder);
		try {
			long published = this.jdbc.queryForObject("SELECT count(*) FROM posting WHERE status = 'PUBLISHED'",
					Long.class);
			SearchEngine reopened = engine(again);
			assertThat(within(() -> reopened.ready() && reopened.status().documents() == published)).isTrue();
			assertThat(search(reopened, word)).hasSize(400);
			try (Stream<Path> children = Files.list(folder)) {
				assertThat(children.filter(Files::isDirectory).count()).as("no half-built folder is left").isOne();
			}
		}
		finally {
			again.close();
		}
	}

	@Test
	void aCorruptIndexIsRebuiltWhilePostgresAnswers() throws Exception {
		String word = marker();
		long id = posting(word, "monzo");
		Path folder = this.folders.resolve("corrupt");
		ConfigurableApplicationContext e = instance("e", folder);
		assertThat(within(() -> found(e, word).contains(id))).isTrue();
		e.close();
		String current = Files.readString(folder.resolve(LuceneIndex.CURRENT)).strip();
		try (Stream<Path> files = Files.list(folder.resolve(current))) {
			for (Path file : files.filter((f) -> f.getFileName().toString().startsWith("segments_")).toList()) {
				Files.write(file, "not an index".getBytes());
			}
		}
		ConfigurableApplicationContext again = instance("e", folder);
		try {
			MockMvc b = org.springframework.test.web.servlet.setup.MockMvcBuilders
				.webAppContextSetup((org.springframework.web.context.WebApplicationContext) again)
				.build();
			b.perform(get("/jobs").param("q", word)).andExpect(status().isOk());
			assertThat(within(() -> engine(again).ready() && found(again, word).contains(id))).isTrue();
			assertThat(engine(again).status().detail()).startsWith("built with");
		}
		finally {
			again.close();
		}
		this.mvc.perform(get("/jobs").param("q", word)).andExpect(status().isOk());
	}

	// ---- helpers -------------------------------------------------------------------

	private ConfigurableApplicationContext instance(String name, Path index) {
		// As arguments, which outrank the test profile's settings.
		ConfigurableApplicationContext context = new SpringApplicationBuilder(MlJobsApplication.class).profiles("test")
			.run("--spring.datasource.url=" + this.database.getJdbcUrl(),
					"--spring.datasource.username=" + TestDatabase.USERNAME,
					"--spring.datasource.password=" + TestDatabase.PASSWORD, "--server.port=0",
					"--mljobs.search.index-dir=" + index, "--mljobs.instance-name=test-" + name,
					"--mljobs.search.poll=500ms");
		assertThat(within(() -> engine(context).ready(), Duration.ofSeconds(60))).as("instance %s ready", name)
			.isTrue();
		return context;
	}

	private static SearchEngine engine(ConfigurableApplicationContext context) {
		return context.getBean(Engines.class).named(LuceneEngine.NAME);
	}

	private static List<Long> found(ConfigurableApplicationContext context, String words) {
		SearchEngine engine = engine(context);
		return engine.ready() ? search(engine, words) : List.of();
	}

	private static List<Long> search(SearchEngine engine, String words) {
		return engine
			.search(new SearchQuery(Words.parse(words), new EnumMap<>(Dimension.class), null,
					LocalDate.now(ZoneId.of("Europe/London")), Instant.now(), null, null, null, Order.NEWEST, 0, 1000,
					null, false))
			.ids();
	}

	private static boolean within(BooleanSupplier condition) {
		return within(condition, WITHIN);
	}

	private static boolean within(BooleanSupplier condition, Duration patience) {
		return Eventually.within(condition, patience);
	}

	private static String marker() {
		return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	private Connection connect() throws Exception {
		return DriverManager.getConnection(this.database.getJdbcUrl(), TestDatabase.USERNAME, TestDatabase.PASSWORD);
	}

	private static final String INSERT = """
			INSERT INTO posting (idempotency_key, company_id, title, role_id, level_id, region_id, town_id, work_mode,
			    employment_type, pay_unit, pay_min_gbp, pay_max_gbp, description_md, description_html, apply_url,
			    closes_on, status, submitted_at, published_at)
			SELECT gen_random_uuid(), c.id, 'MLOps Engineer ' || ?, l.role_id, l.id, t.region_id, t.id, 'HYBRID',
			       'PERMANENT_FULL_TIME', 'YEAR', 60000, 80000,
			       'A posting made by the consistency tests, to be found by its marker word.', '<p>x</p>',
			       'https://example.com/apply', current_date + 30, 'PUBLISHED', now(), now()
			FROM company c, level l, town t
			WHERE c.slug = ? AND l.slug = 'mid' AND l.role_id = (SELECT id FROM role WHERE slug = 'mlops-engineer')
			  AND t.slug = 'london'
			RETURNING id""";

	private long posting(String word, String company) {
		Long id = this.jdbc.queryForObject(INSERT, Long.class, word, company);
		this.jdbc.query("SELECT refresh_posting_search(ARRAY[?]::bigint[])", (rs) -> {
		}, id);
		return id;
	}

	private static long insert(Connection connection, String word) throws Exception {
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			insert.setString(1, word);
			insert.setString(2, "monzo");
			try (var rs = insert.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Database extends OwnDatabase {

		@Override
		protected String prefix() {
			return "mljobs_consistency";
		}

	}

}
