package uk.mljobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.PageText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every fact and figure of the two source documents, listed in
 * {@code facts/checklist.tsv}, is in the database exactly and visible on the page that
 * should show it.
 */
@IntegrationTest
class FactChecklistTests {

	private static final String CHECKLIST = "/facts/checklist.tsv";

	/** Pages are rendered once per run and shared by every row that looks at them. */
	private static final Map<String, String> pages = new ConcurrentHashMap<>();

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	static Stream<Fact> facts() throws IOException {
		try (InputStream in = FactChecklistTests.class.getResourceAsStream(CHECKLIST)) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			return lines.stream().skip(1).filter((line) -> !line.isBlank()).map(Fact::parse).toList().stream();
		}
	}

	@Test
	void checklistCoversBothDocuments() throws IOException {
		List<Fact> facts = facts().toList();
		assertThat(facts).extracting(Fact::source).contains("000", "003");
		assertThat(facts).hasSizeGreaterThan(150);
		assertThat(facts).extracting(Fact::id).doesNotHaveDuplicates();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("facts")
	void factIsStoredAndShown(Fact fact) throws Exception {
		String stored = this.jdbc.queryForObject(fact.sql(), String.class);
		assertThat(stored).as("database value of %s", fact.id()).isEqualTo(fact.expected());
		if (!"-".equals(fact.page())) {
			String text = pages.computeIfAbsent(fact.page(), this::render);
			assertThat(text).as("text of %s for %s", fact.page(), fact.id()).contains(fact.pageText());
		}
	}

	private String render(String path) {
		try {
			String html = this.mvc.perform(get(path))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			return PageText.of(html);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not render " + path, ex);
		}
	}

	record Fact(String id, String source, String sql, String expected, String page, String pageText) {

		static Fact parse(String line) {
			String[] cells = line.split("\t", -1);
			if (cells.length != 6) {
				throw new IllegalArgumentException("A checklist row needs 6 tab-separated cells: " + line);
			}
			return new Fact(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]);
		}

		@Override
		public String toString() {
			return this.id;
		}

	}

}
