package uk.mljobs.job;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyView;
import uk.mljobs.market.Market;
import uk.mljobs.market.TownView;
import uk.mljobs.roleguide.RoleGuides;
import uk.mljobs.roleguide.ToolView;

/**
 * What a posting said when it was last approved, kept field by field, and what has
 * changed since, for the review page: each changed field before and after, and the
 * description line by line.
 */
@Component
public class PostingVersions {

	static final String DESCRIPTION = "Description";

	/** The largest line-by-line comparison made (old lines times new lines). */
	static final long MOST_CELLS = 250_000;

	/** A field that differs from the approved version. */
	public record Change(String field, String before, String after) {
	}

	/** A line of the description: kept, added or removed since it was approved. */
	public record Line(Kind kind, String text) {

		public enum Kind {

			SAME, ADDED, REMOVED

		}

	}

	/**
	 * What changed since the last approval.
	 *
	 * @param fields the fields that differ, the description aside
	 * @param description the description, line by line; empty when it is unchanged
	 */
	public record Since(java.time.Instant approvedAt, List<Change> fields, List<Line> description) {

		public boolean unchanged() {
			return this.fields.isEmpty() && this.description.isEmpty();
		}

	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Market market;

	private final CompanyDirectory companies;

	private final RoleGuides guides;

	PostingVersions(JdbcTemplate jdbc, Clock clock, Market market, CompanyDirectory companies, RoleGuides guides) {
		this.jdbc = jdbc;
		this.market = market;
		this.companies = companies;
		this.guides = guides;
		this.clock = clock;
	}

	/** Keeps what the posting says now as its approved version. */
	@Transactional(propagation = Propagation.MANDATORY)
	void approved(Posting posting) {
		this.jdbc.update("DELETE FROM posting_approved_field WHERE posting_id = ?", posting.id());
		Timestamp now = Timestamp.from(this.clock.instant());
		int position = 0;
		for (Map.Entry<String, String> field : fields(posting).entrySet()) {
			this.jdbc.update(
					"INSERT INTO posting_approved_field (posting_id, position, field, value, approved_at) "
							+ "VALUES (?, ?, ?, ?, ?)",
					posting.id(), position++, field.getKey(), field.getValue(), now);
		}
	}

	/** What changed since the last approval; empty when none is kept. */
	@Transactional(readOnly = true)
	Optional<Since> since(Posting posting) {
		Map<String, String> before = new LinkedHashMap<>();
		List<java.time.Instant> approvedAt = new ArrayList<>();
		this.jdbc.query(
				"SELECT field, value, approved_at FROM posting_approved_field WHERE posting_id = ? ORDER BY position",
				(rs) -> {
					before.put(rs.getString(1), rs.getString(2));
					approvedAt.add(rs.getTimestamp(3).toInstant());
				}, posting.id());
		if (before.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> now = fields(posting);
		List<Change> changes = new ArrayList<>();
		for (Map.Entry<String, String> field : now.entrySet()) {
			String old = before.getOrDefault(field.getKey(), "");
			if (!DESCRIPTION.equals(field.getKey()) && !Objects.equals(old, field.getValue())) {
				changes.add(new Change(field.getKey(), old, field.getValue()));
			}
		}
		String oldDescription = before.getOrDefault(DESCRIPTION, "");
		String newDescription = now.get(DESCRIPTION);
		List<Line> description = oldDescription.equals(newDescription) ? List.of()
				: lines(oldDescription, newDescription);
		return Optional.of(new Since(approvedAt.get(0), changes, description));
	}

	/** The posting as a reviewer reads it, field by field. */
	private Map<String, String> fields(Posting posting) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Title", posting.title());
		fields.put("Company",
				this.companies.company(posting.companyId()).map(CompanyView::name).orElse("#" + posting.companyId()));
		fields.put("Town",
				this.market.towns()
					.stream()
					.filter((town) -> town.id() == posting.townId())
					.map(TownView::name)
					.findFirst()
					.orElse("#" + posting.townId()));
		fields.put("Work mode", posting.workMode().label()
				+ ((posting.remoteResidency() != null) ? " (" + posting.remoteResidency() + ")" : ""));
		fields.put("Employment", posting.employmentType().label());
		fields.put("Pay", PostingLayout.pay(posting.payUnit(), posting.payMin(), posting.payMax()));
		fields.put("Clearance", posting.clearance().label());
		fields.put("Visa sponsorship", posting.visaSponsorship() ? "Yes" : "No");
		fields.put("Tools",
				String.join(", ",
						this.guides.catalogue()
							.stream()
							.filter((tool) -> posting.toolIds().contains(tool.id()))
							.map(ToolView::name)
							.collect(Collectors.toCollection(TreeSet::new))));
		fields.put("Tags", String.join(", ", new TreeSet<>(posting.tags())));
		fields.put("Apply", (posting.applyUrl() != null) ? posting.applyUrl() : posting.applyEmail());
		fields.put("Closes", (posting.closesOn() != null) ? posting.closesOn().toString() : "No date");
		fields.put(DESCRIPTION, posting.descriptionMarkdown());
		return fields;
	}

	/**
	 * A line diff (longest common subsequence): the lines of the new text, with the old
	 * text's lines that went shown where they were.
	 */
	static List<Line> lines(String before, String after) {
		String[] a = before.split("\\R", -1);
		String[] b = after.split("\\R", -1);
		if ((long) a.length * b.length > MOST_CELLS) {
			// Too long to compare line by line in reasonable memory: all out, all in.
			List<Line> lines = new ArrayList<>();
			for (String line : a) {
				lines.add(new Line(Line.Kind.REMOVED, line));
			}
			for (String line : b) {
				lines.add(new Line(Line.Kind.ADDED, line));
			}
			return lines;
		}
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Line> lines = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				lines.add(new Line(Line.Kind.SAME, a[i]));
				i++;
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				lines.add(new Line(Line.Kind.REMOVED, a[i++]));
			}
			else {
				lines.add(new Line(Line.Kind.ADDED, b[j++]));
			}
		}
		while (i < a.length) {
			lines.add(new Line(Line.Kind.REMOVED, a[i++]));
		}
		while (j < b.length) {
			lines.add(new Line(Line.Kind.ADDED, b[j++]));
		}
		return lines;
	}

}
