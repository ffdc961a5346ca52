package uk.mljobs.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A site's robots.txt as RFC 9309 reads it, for the board's agent: the group naming the
 * agent, else the {@code *} group; of its rules the longest matching path wins, Allow
 * over Disallow on a tie; {@code *} matches any run of characters and a final {@code $}
 * the end.
 */
final class Robots {

	/** The product token the board's User-Agent starts with. */
	static final String AGENT = "mljobsuk-feedreader";

	static final Robots EVERYTHING = new Robots(List.of());

	static final Robots NOTHING = new Robots(List.of(new Rule(false, "/", Pattern.compile("/.*"))));

	private record Rule(boolean allow, String path, Pattern pattern) {

	}

	private final List<Rule> rules;

	private Robots(List<Rule> rules) {
		this.rules = rules;
	}

	static Robots parse(String text, String agent) {
		List<Rule> mine = null;
		List<Rule> anyone = null;
		List<String> agents = new ArrayList<>();
		List<Rule> rules = new ArrayList<>();
		boolean inRules = false;
		for (String raw : (text + "\nuser-agent: end-of-file").split("\\r?\\n")) {
			String line = raw.replaceAll("#.*", "").strip();
			int colon = line.indexOf(':');
			if (colon < 0) {
				continue;
			}
			String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
			String value = line.substring(colon + 1).strip();
			if (field.equals("user-agent")) {
				if (inRules) {
					if (agents.stream().anyMatch((name) -> agent.startsWith(name) && !name.equals("*"))) {
						mine = (mine == null) ? new ArrayList<>() : mine;
						mine.addAll(rules);
					}
					if (agents.contains("*")) {
						anyone = (anyone == null) ? new ArrayList<>() : anyone;
						anyone.addAll(rules);
					}
					agents.clear();
					rules = new ArrayList<>();
					inRules = false;
				}
				agents.add(value.toLowerCase(Locale.ROOT));
			}
			else if (field.equals("allow") || field.equals("disallow")) {
				inRules = true;
				if (!value.isEmpty()) {
					rules.add(new Rule(field.equals("allow"), value, pattern(value)));
				}
			}
		}
		List<Rule> chosen = (mine != null) ? mine : anyone;
		return (chosen == null) ? EVERYTHING : new Robots(List.copyOf(chosen));
	}

	private static Pattern pattern(String path) {
		boolean anchored = path.endsWith("$");
		String body = anchored ? path.substring(0, path.length() - 1) : path;
		StringBuilder regex = new StringBuilder();
		for (String part : body.split("\\*", -1)) {
			if (!regex.isEmpty()) {
				regex.append(".*");
			}
			regex.append(Pattern.quote(part));
		}
		return Pattern.compile(regex + (anchored ? "" : ".*"));
	}

	/** Whether {@code path} (with its query) may be read. */
	boolean allows(String path) {
		String target = (path == null || path.isEmpty()) ? "/" : path;
		Rule best = null;
		for (Rule rule : this.rules) {
			if (rule.pattern().matcher(target).matches() && (best == null || rule.path().length() > best.path().length()
					|| (rule.path().length() == best.path().length() && rule.allow()))) {
				best = rule;
			}
		}
		return best == null || best.allow();
	}

}
