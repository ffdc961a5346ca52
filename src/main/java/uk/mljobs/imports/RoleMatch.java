package uk.mljobs.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.RoleView;

/**
 * Which of the board's roles and levels an ad is for, from its title and, where the title
 * is a general engineering one, its description; or why it is skipped.
 * <p>
 * The rules: titles of jobs that are not engineering (recruiting, sales, marketing,
 * design, product and programme management, analysts, internships) are skipped first. A
 * role is recognised by the longest phrase its title contains: each guide's own title
 * ("AI Engineer" once an admin writes that guide) and the role's usual names ("ML
 * Platform Engineer" is an MLOps Engineer, "Computer Vision Engineer" a Machine Learning
 * Engineer). A general title (platform, infrastructure, DevOps, software engineer) is the
 * MLOps or ML Engineer whose work its description names at least three times in distinct
 * terms. The level is read from the title's words ("Head of", "Staff", "Senior",
 * "Graduate"; none is mid-level) and placed on the role's own ladder.
 */
final class RoleMatch {

	/** Usual names of the seeded roles, by slug, beyond the guide's own title. */
	private static final Map<String, List<String>> NAMES = Map.of("mlops-engineer",
			List.of("mlops", "ml ops", "machine learning operations", "machine learning ops", "llmops", "ml platform",
					"machine learning platform", "ml infrastructure", "machine learning infrastructure", "ml infra",
					"ai platform", "ai infrastructure", "ml reliability", "model serving", "ml systems platform"),
			"machine-learning-engineer",
			List.of("machine learning engineer", "machine learning developer", "ml engineer", "ml developer", "mle",
					"ai engineer", "ai/ml engineer", "ml/ai engineer", "ai ml engineer", "deep learning engineer",
					"computer vision engineer", "nlp engineer", "applied machine learning", "applied ml",
					"machine learning research engineer", "ml research engineer", "head of machine learning",
					"head of ml", "head of ai", "machine learning lead", "ml lead", "machine learning scientist",
					"llm engineer", "genai engineer", "generative ai engineer", "machine learning",
					"engineering manager, machine learning", "engineering manager - machine learning"));

	private static final Pattern NOT_ENGINEERING = Pattern.compile("\\b(?:recruit\\w*|talent|sourcer|sales|account "
			+ "(?:executive|manager)|business development|marketing|designer|design lead|product manager|product owner|"
			+ "program(?:me)? manager|project manager|customer success|support specialist|analyst|intern|internship|"
			+ "placement|phd studentship|copywriter|legal|counsel|finance|people partner|hr\\b|"
			+ "data scientist|research scientist|scientist|researcher)");

	private static final Pattern GENERAL_ENGINEERING = Pattern.compile("\\b(?:platform|infrastructure|devops|"
			+ "site reliability|sre|software|backend|back-end|cloud|systems|research) (?:engineer|developer)\\b");

	private static final List<Pattern> MLOPS_WORK = words("mlops", "mlflow", "kubeflow", "model serving",
			"feature store", "model registry", "model deployment", "ml platform", "inference", "seldon", "kserve",
			"bentoml", "vertex ai", "sagemaker", "model monitoring", "ml pipelines", "triton");

	private static final List<Pattern> ML_WORK = words("machine learning", "deep learning", "pytorch", "tensorflow",
			"jax", "model training", "training models", "computer vision", "nlp", "large language model", "llm",
			"fine-tuning", "fine tuning", "neural network", "transformers", "scikit-learn", "recommendation model");

	private static final Pattern ENGINEER = Pattern.compile("\\b(?:engineer|developer)\\b");

	private static final Pattern HEAD = Pattern
		.compile("\\b(?:head of|director|vp|vice president|chief|engineering manager)\\b");

	private static final Pattern PRINCIPAL = Pattern
		.compile("\\b(?:staff|principal|lead|distinguished|architect|tech lead)\\b");

	private static final Pattern SENIOR = Pattern.compile("\\b(?:senior|sr\\.?|snr)(?=\\W|$)");

	private static final Pattern JUNIOR = Pattern
		.compile("\\b(?:junior|jr\\.?|graduate|grad|entry[- ]level|associate|apprentice|early careers?)(?=\\W|$)");

	private record Phrase(RoleView role, Pattern pattern, int length) {

	}

	private final List<Phrase> phrases = new ArrayList<>();

	private final Map<Long, List<LevelView>> levels;

	private final Map<String, RoleView> bySlug = new java.util.HashMap<>();

	/**
	 * @param roles the published roles
	 * @param levels each role's levels, in ladder order
	 */
	RoleMatch(List<RoleView> roles, Map<Long, List<LevelView>> levels) {
		this.levels = levels;
		for (RoleView role : roles) {
			this.bySlug.put(role.slug(), role);
			// A guide's own title counts for more than a usual name of the same length.
			add(role, role.title(), 1000);
			for (String name : NAMES.getOrDefault(role.slug(), List.of())) {
				add(role, name, 0);
			}
		}
		this.phrases.sort(Comparator.comparingInt(Phrase::length).reversed());
	}

	private void add(RoleView role, String phrase, int bonus) {
		String lower = phrase.toLowerCase(Locale.ROOT);
		this.phrases.add(new Phrase(role, Pattern.compile("(?<![\\w])" + Pattern.quote(lower) + "(?:s|ing)?(?![\\w])"),
				lower.length() + bonus));
	}

	/** A role and level, or why the ad is skipped. */
	sealed interface Reading permits Matched, Skipped {

	}

	record Matched(RoleView role, LevelView level) implements Reading {

	}

	record Skipped(String reason) implements Reading {

	}

	static final String NOT_ENGINEERING_JOB = "not an engineering job";

	static final String NOT_ML = "not a machine-learning role";

	Reading read(String title, String description) {
		String name = normal(title);
		if (name.isEmpty()) {
			return new Skipped(NOT_ML);
		}
		RoleView role = null;
		for (Phrase phrase : this.phrases) {
			if (phrase.pattern().matcher(name).find()) {
				role = phrase.role();
				break;
			}
		}
		Matcher notEngineering = NOT_ENGINEERING.matcher(name);
		if (notEngineering.find() && (role == null || !engineerInTitle(name))) {
			return new Skipped(NOT_ENGINEERING_JOB);
		}
		if (role == null && GENERAL_ENGINEERING.matcher(name).find()) {
			String text = normal(description);
			if (terms(text, MLOPS_WORK) >= 3 && this.bySlug.containsKey("mlops-engineer")) {
				role = this.bySlug.get("mlops-engineer");
			}
			else if (terms(text, ML_WORK) >= 3 && this.bySlug.containsKey("machine-learning-engineer")) {
				role = this.bySlug.get("machine-learning-engineer");
			}
		}
		if (role == null) {
			return new Skipped(NOT_ML);
		}
		List<LevelView> ladder = this.levels.getOrDefault(role.id(), List.of());
		if (ladder.isEmpty()) {
			return new Skipped(NOT_ML);
		}
		return new Matched(role, level(name, ladder));
	}

	/** "Machine Learning Engineer, Recruiting Platform" is still an engineer. */
	private static boolean engineerInTitle(String name) {
		Matcher notEngineering = NOT_ENGINEERING.matcher(name);
		Matcher engineer = ENGINEER.matcher(name);
		return engineer.find() && notEngineering.find() && engineer.start() < notEngineering.start();
	}

	private static List<Pattern> words(String... terms) {
		return java.util.Arrays.stream(terms)
			.map((term) -> Pattern.compile("(?<![\\w])" + Pattern.quote(term) + "(?![\\w])"))
			.toList();
	}

	private static int terms(String text, List<Pattern> terms) {
		return (int) terms.stream().filter((term) -> term.matcher(text).find()).count();
	}

	/** The rung of {@code ladder} the title's words name. */
	static LevelView level(String name, List<LevelView> ladder) {
		String wanted = HEAD.matcher(name).find() ? "head" : PRINCIPAL.matcher(name).find() ? "principal"
				: SENIOR.matcher(name).find() ? "senior" : JUNIOR.matcher(name).find() ? "junior" : "mid";
		List<String> order = List.of("junior", "mid", "senior", "principal", "head");
		// Nearest rung at or below the one wanted, else the lowest.
		for (int i = order.indexOf(wanted); i >= 0; i--) {
			LevelView found = rung(order.get(i), ladder);
			if (found != null) {
				return found;
			}
		}
		return ladder.get(0);
	}

	private static LevelView rung(String kind, List<LevelView> ladder) {
		for (LevelView level : ladder) {
			String words = (level.slug() + " " + level.title()).toLowerCase(Locale.ROOT);
			boolean matches = switch (kind) {
				case "head" -> HEAD.matcher(words).find() && !words.startsWith("principal");
				case "principal" -> PRINCIPAL.matcher(words).find();
				case "senior" -> SENIOR.matcher(words).find();
				case "junior" -> JUNIOR.matcher(words).find();
				default -> level.slug().equals("mid") || !(HEAD.matcher(words).find() || PRINCIPAL.matcher(words).find()
						|| SENIOR.matcher(words).find() || JUNIOR.matcher(words).find());
			};
			if (matches) {
				return level;
			}
		}
		return null;
	}

	private static String normal(String text) {
		return (text == null) ? ""
				: text.toLowerCase(Locale.ROOT)
					.replace('\u00a0', ' ')
					.replaceAll("[–—]", "-")
					.replaceAll("\\s+", " ")
					.strip();
	}

}
