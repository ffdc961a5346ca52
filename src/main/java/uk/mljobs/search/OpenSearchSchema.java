package uk.mljobs.search;

import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenSearch index of postings: the same fields, analysis and values as the Lucene
 * index ({@link LuceneSchema}), so both engines find and count the same postings. The
 * posting's id is the document's id.
 */
final class OpenSearchSchema {

	/** Bumped whenever the mapping changes: the feeder then builds a new index. */
	static final String VERSION = "2";

	static final String ANALYZER = "mljobs_english";

	/** Words as written, for spelling suggestions ({@link LuceneSchema#SPELL}). */
	static final String SPELL_ANALYZER = "mljobs_spelling";

	private OpenSearchSchema() {
	}

	/** The keyword field holding a dimension's values. */
	static String field(Dimension dimension) {
		return dimension.name().toLowerCase(Locale.ROOT);
	}

	/** Settings and mappings for a new index. */
	static ObjectNode index(int replicas) {
		ObjectNode index = OpenSearchHttp.json().createObjectNode();
		ObjectNode settings = index.putObject("settings");
		// One shard: counts and scores come from one place, exactly, as with Lucene.
		settings.put("number_of_shards", 1).put("number_of_replicas", replicas);
		ObjectNode analysis = settings.putObject("analysis");
		ObjectNode filters = analysis.putObject("filter");
		ArrayNode stop = filters.putObject("mljobs_stop").put("type", "stop").putArray("stopwords");
		TextAnalysis.STOP_WORDS.forEach(stop::add);
		filters.putObject("mljobs_possessive").put("type", "stemmer").put("language", "possessive_english");
		filters.putObject("mljobs_snowball").put("type", "snowball").put("language", "English");
		ObjectNode analyzers = analysis.putObject("analyzer");
		ObjectNode analyzer = analyzers.putObject(ANALYZER);
		analyzer.put("type", "custom").put("tokenizer", "standard");
		analyzer.putArray("filter").add("mljobs_possessive").add("lowercase").add("mljobs_stop").add("mljobs_snowball");
		ObjectNode spelling = analyzers.putObject(SPELL_ANALYZER);
		spelling.put("type", "custom").put("tokenizer", "standard");
		spelling.putArray("filter").add("lowercase");
		ObjectNode mappings = index.putObject("mappings");
		mappings.put("dynamic", "strict");
		mappings.putObject("_meta").put("version", VERSION);
		ObjectNode properties = mappings.putObject("properties");
		properties.putObject("id").put("type", "long");
		for (String text : LuceneSchema.TEXT_FIELDS) {
			properties.putObject(text).put("type", "text").put("analyzer", ANALYZER).put("copy_to", LuceneSchema.ALL);
		}
		// A phrase never spans two of a posting's texts (the default gap is 100
		// positions).
		properties.putObject(LuceneSchema.ALL).put("type", "text").put("analyzer", ANALYZER);
		properties.putObject(LuceneSchema.SPELL)
			.put("type", "text")
			.put("analyzer", SPELL_ANALYZER)
			.put("index_options", "docs")
			.put("norms", false);
		for (Dimension dimension : Dimension.values()) {
			if (!dimension.derived()) {
				properties.putObject(field(dimension)).put("type", "keyword");
			}
		}
		properties.putObject(LuceneSchema.PUBLISHED).put("type", "long");
		properties.putObject(LuceneSchema.CLOSES).put("type", "integer");
		properties.putObject(LuceneSchema.PAY_YEAR).put("type", "integer");
		properties.putObject(LuceneSchema.PAY_DAY).put("type", "integer");
		properties.putObject(LuceneSchema.PAY_ORDER).put("type", "long");
		return index;
	}

	static ObjectNode document(JobDocument job) {
		ObjectNode doc = OpenSearchHttp.json().createObjectNode();
		doc.put("id", job.id());
		doc.put(LuceneSchema.TITLE, job.title());
		doc.put(LuceneSchema.SKILLS, (job.skillsText() != null) ? job.skillsText() : "");
		doc.put(LuceneSchema.COMPANY, job.company());
		doc.put(LuceneSchema.DESCRIPTION, job.description());
		doc.put(LuceneSchema.SPELL, LuceneSchema.spelling(job));
		for (Dimension dimension : Dimension.values()) {
			if (!dimension.derived()) {
				ArrayNode values = doc.putArray(field(dimension));
				job.values(dimension).forEach(values::add);
			}
		}
		doc.put(LuceneSchema.PUBLISHED, job.publishedAt().toEpochMilli());
		doc.put(LuceneSchema.CLOSES, (int) job.closesOn().toEpochDay());
		doc.put(job.daily() ? LuceneSchema.PAY_DAY : LuceneSchema.PAY_YEAR, job.payMax());
		doc.put(LuceneSchema.PAY_ORDER, job.annualPayMax());
		return doc;
	}

}
