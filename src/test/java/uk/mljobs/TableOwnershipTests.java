package uk.mljobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.mljobs.shared.OwnsTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each table belongs to one feature ({@link OwnsTables} on its package), and only that
 * feature's code names it in SQL: native queries, JDBC strings and {@code @Query} JPQL
 * alike. Other features go through the owner's public API, so a table can change with its
 * feature alone.
 */
class TableOwnershipTests {

	private static final Path MAIN = Path.of("src/main/java/uk/mljobs");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Pattern CREATED = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

	private static final Pattern RENAMED = Pattern.compile("(?i)alter\\s+table\\s+(\\w+)\\s+rename\\s+to\\s+(\\w+)");

	private static final Pattern DROPPED = Pattern.compile("(?i)drop\\s+table\\s+(?:if\\s+exists\\s+)?(\\w+)");

	private static final Pattern ENTITY_TABLE = Pattern
		.compile("@Table\\(name\\s*=\\s*\"(\\w+)\"\\)(?:\\s*@\\w+(?:\\([^)]*\\))?)*\\s*(?:\\w+\\s+)*class\\s+(\\w+)");

	@Test
	void everyMigratedTableHasExactlyOneOwner() {
		Map<String, List<String>> owners = new TreeMap<>();
		features().forEach((feature) -> ownedBy(feature)
			.forEach((table) -> owners.computeIfAbsent(table, (t) -> new ArrayList<>()).add(feature)));
		Set<String> tables = migratedTables();
		assertThat(tables).as("tables the migrations create").contains("posting", "salary_band", "role");
		assertThat(tables).as("every table has an owner").allSatisfy((table) -> assertThat(owners).containsKey(table));
		assertThat(owners).as("one owner each").allSatisfy((table, features) -> assertThat(features).hasSize(1));
		assertThat(owners.keySet()).as("owned tables exist").isSubsetOf(tables);
	}

	@Test
	void featuresNameOnlyTheirOwnTablesInSql() throws IOException {
		Map<String, String> owner = owners();
		Map<String, String> entities = entityTables();
		List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String feature = featureOf(file);
				violations.addAll(
						violations(feature, MAIN.relativize(file).toString(), Files.readString(file), owner, entities));
			}
		}
		assertThat(violations).as("SQL naming another feature's tables").isEmpty();
	}

	@Test
	void aForeignTableNamedInSqlIsCaught() {
		Map<String, String> owner = Map.of("posting", "job", "salary_band", "salary", "level", "market");
		Map<String, String> entities = Map.of("SalaryBand", "salary_band");
		assertThat(violations("job", "job/Rows.java", """
				class Rows {
					String own = "SELECT id FROM posting p WHERE p.status = 'PUBLISHED'";
				}""", owner, entities)).isEmpty();
		assertThat(violations("job", "job/Rows.java", """
				class Rows {
					String joined = "SELECT p.id FROM posting p " + "JOIN salary_band b ON b.level_id = p.level_id";
				}""", owner, entities)).containsExactly("job/Rows.java:2 names salary_band, which salary owns");
		assertThat(violations("job", "job/Rows.java",
				"class Rows {\n\tString block = \"\"\"\n"
						+ "\t\tSELECT p.id FROM posting p, level l\n\t\tWHERE l.id = p.level_id\"\"\";\n}",
				owner, entities))
			.containsExactly("job/Rows.java:2 names level, which market owns");
		assertThat(violations("job", "job/Rows.java", """
				interface Rows {
					@Query("SELECT b FROM SalaryBand b WHERE b.levelId = :level")
					List<Object> bands(long level);
				}""", owner, entities)).containsExactly("job/Rows.java:2 names salary_band, which salary owns");
		assertThat(violations("job", "job/Rows.java", """
				class Rows {
					String name(String table) {
						return jdbc.queryForObject("SELECT name FROM " + table + " WHERE id = 1", String.class);
					}
				}""", owner, entities))
			.containsExactly("job/Rows.java:3 leaves the table to a variable: name it in the SQL itself");
		assertThat(violations("job", "job/Rows.java", """
				class Rows {
					// Reads salary_band FROM level: a comment, not SQL.
					String message = "Choose a level from the list, or update level settings";
				}""", owner, entities)).isEmpty();
	}

	private static List<String> violations(String feature, String file, String source, Map<String, String> owner,
			Map<String, String> entities) {
		List<String> found = new ArrayList<>();
		for (SqlReferences.Reference reference : SqlReferences.in(source, owner.keySet(), entities)) {
			if ("?".equals(reference.table())) {
				found.add(file + ":" + reference.line() + " leaves the table to a variable: name it in the SQL itself");
			}
			else if (!feature.equals(owner.get(reference.table()))) {
				found.add(file + ":" + reference.line() + " names " + reference.table() + ", which "
						+ owner.get(reference.table()) + " owns");
			}
		}
		return found;
	}

	/** Table to owning feature. */
	private static Map<String, String> owners() {
		Map<String, String> owner = new HashMap<>();
		features().forEach((feature) -> ownedBy(feature).forEach((table) -> owner.put(table, feature)));
		owner.keySet().retainAll(migratedTables());
		return owner;
	}

	private static List<String> features() {
		try (Stream<Path> dirs = Files.list(MAIN)) {
			return dirs.filter(Files::isDirectory).map((dir) -> dir.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> ownedBy(String feature) {
		try {
			OwnsTables owns = Class.forName("uk.mljobs." + feature + ".package-info").getAnnotation(OwnsTables.class);
			return (owns != null) ? List.of(owns.value()) : List.of();
		}
		catch (ClassNotFoundException ex) {
			return List.of();
		}
	}

	private static String featureOf(Path file) {
		Path relative = MAIN.relativize(file);
		return (relative.getNameCount() > 1) ? relative.getName(0).toString() : "";
	}

	private static Set<String> migratedTables() {
		Set<String> tables = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			// In the order Flyway applies them: V1, V2 ... V10, V18_1.
			for (Path file : files.sorted(TableOwnershipTests::byVersion).toList()) {
				String sql = Files.readString(file);
				Matcher created = CREATED.matcher(sql);
				while (created.find()) {
					tables.add(created.group(1).toLowerCase());
				}
				Matcher renamed = RENAMED.matcher(sql);
				while (renamed.find()) {
					tables.remove(renamed.group(1).toLowerCase());
					tables.add(renamed.group(2).toLowerCase());
				}
				Matcher dropped = DROPPED.matcher(sql);
				while (dropped.find()) {
					tables.remove(dropped.group(1).toLowerCase());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tables;
	}

	private static int byVersion(Path one, Path other) {
		return version(one).compareTo(version(other));
	}

	private static java.math.BigDecimal version(Path file) {
		String name = file.getFileName().toString();
		return new java.math.BigDecimal(name.substring(1, name.indexOf("__")).replace('_', '.'));
	}

	/** Entity class name to its table, from the {@code @Table} annotations. */
	private static Map<String, String> entityTables() throws IOException {
		Map<String, String> entities = new HashMap<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = ENTITY_TABLE.matcher(Files.readString(file));
				while (matcher.find()) {
					entities.put(matcher.group(2), matcher.group(1));
				}
			}
		}
		return entities;
	}

}
