package uk.mljobs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tables a Java source file names in SQL: in its string literals and text
 * blocks (adjacent literals joined with {@code +} read as one), native queries and JPQL
 * alike (an entity's name stands for its table). A literal that leaves the table to a
 * variable ({@code "SELECT name FROM " + table}) is reported too, since nobody can tell
 * which table it reads.
 */
final class SqlReferences {

	/** A string literal or text block, as Java source writes it. */
	private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	/** Literals joined by {@code +} across white space and line breaks. */
	private static final Pattern JOINED = Pattern.compile("\\A\\s*\\+\\s*\\z");

	/** What only SQL (or JPQL) says. */
	private static final Pattern STATEMENT = Pattern.compile(
			"\\b(select\\b.*\\bfrom|insert\\s+into|update\\s+\\w+(\\s+\\w+)?\\s+set|delete\\s+from|truncate)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern NAMED = Pattern.compile(
			"\\b(from|join|update|into|truncate(?:\\s+table)?|table)\\s+(?:only\\s+)?([A-Za-z_][A-Za-z0-9_]*)",
			Pattern.CASE_INSENSITIVE);

	/** More tables after the first in {@code FROM a x, b y}. */
	private static final Pattern FROM_LIST = Pattern
		.compile(
				"\\bfrom\\s+(.+?)(?=\\b(where|group|order|limit|offset|having|union|returning|for|on|using|join|"
						+ "left|right|inner|cross|full|natural)\\b|\\)|;|\\z)",
				Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/** A clause whose table was left to whatever is concatenated next. */
	private static final Pattern OPEN_END = Pattern.compile("\\b(from|join|update|into)\\s*\\z",
			Pattern.CASE_INSENSITIVE);

	private SqlReferences() {
	}

	/** A table named in SQL at a line of a file. */
	record Reference(String table, int line) {

	}

	/**
	 * The tables {@code source} names in SQL, among {@code tables}; an entity's name (a
	 * key of {@code entities}) counts as its table. A table left to a variable is
	 * reported as {@code "?"}.
	 */
	static List<Reference> in(String source, Set<String> tables, Map<String, String> entities) {
		List<Reference> found = new ArrayList<>();
		for (Literal literal : literals(source)) {
			if (!STATEMENT.matcher(literal.text()).find()) {
				continue;
			}
			Set<String> named = new LinkedHashSet<>();
			Matcher clause = NAMED.matcher(literal.text());
			while (clause.find()) {
				named.add(clause.group(2));
			}
			Matcher from = FROM_LIST.matcher(literal.text());
			while (from.find()) {
				for (String item : from.group(1).split(",")) {
					String first = item.strip().split("\\s+")[0];
					if (!first.isEmpty() && !first.startsWith("(")) {
						named.add(first);
					}
				}
			}
			for (String name : named) {
				String table = entities.containsKey(name) ? entities.get(name) : name.toLowerCase(Locale.ROOT);
				if (tables.contains(table)) {
					found.add(new Reference(table, literal.line()));
				}
			}
			if (literal.continued() && OPEN_END.matcher(literal.text()).find()) {
				found.add(new Reference("?", literal.line()));
			}
		}
		return found;
	}

	private record Literal(String text, int line, boolean continued) {

	}

	/**
	 * The file's literals, adjacent ones joined; {@code continued} when a non-literal is
	 * concatenated after it.
	 */
	private static List<Literal> literals(String source) {
		String code = withoutComments(source);
		List<Literal> literals = new ArrayList<>();
		Matcher matcher = LITERAL.matcher(code);
		StringBuilder text = null;
		int start = 0;
		int end = 0;
		while (matcher.find()) {
			String value = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
			if (text != null && JOINED.matcher(code.substring(end, matcher.start())).matches()) {
				text.append(value);
			}
			else {
				if (text != null) {
					literals.add(new Literal(text.toString(), line(code, start), continued(code, end)));
				}
				text = new StringBuilder(value);
				start = matcher.start();
			}
			end = matcher.end();
		}
		if (text != null) {
			literals.add(new Literal(text.toString(), line(code, start), continued(code, end)));
		}
		return literals;
	}

	private static boolean continued(String code, int end) {
		return code.substring(end).stripLeading().startsWith("+");
	}

	private static int line(String code, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (code.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	/**
	 * The source with comments blanked (line breaks kept, for line numbers), so that
	 * prose about a table is not read as SQL. Literals are stepped over, so a {@code //}
	 * inside one stays.
	 */
	private static String withoutComments(String source) {
		StringBuilder out = new StringBuilder(source.length());
		int i = 0;
		while (i < source.length()) {
			if (source.startsWith("\"\"\"", i)) {
				int close = source.indexOf("\"\"\"", i + 3);
				int stop = (close < 0) ? source.length() : close + 3;
				out.append(source, i, stop);
				i = stop;
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				char quote = source.charAt(i);
				int j = i + 1;
				while (j < source.length() && source.charAt(j) != quote && source.charAt(j) != '\n') {
					j += (source.charAt(j) == '\\') ? 2 : 1;
				}
				int stop = Math.min(source.length(), j + 1);
				out.append(source, i, stop);
				i = stop;
			}
			else if (source.startsWith("//", i)) {
				while (i < source.length() && source.charAt(i) != '\n') {
					i++;
				}
			}
			else if (source.startsWith("/*", i)) {
				int close = source.indexOf("*/", i + 2);
				int stop = (close < 0) ? source.length() : close + 2;
				source.substring(i, stop).chars().filter((c) -> c == '\n').forEach((c) -> out.append('\n'));
				i = stop;
			}
			else {
				out.append(source.charAt(i));
				i++;
			}
		}
		return out.toString();
	}

}
