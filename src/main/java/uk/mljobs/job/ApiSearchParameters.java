package uk.mljobs.job;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;

/**
 * The search's query parameters as the OpenAPI description of {@code /api/v1/jobs} gives
 * them: each typed, with its limits and an example. The choices come from the enums and
 * constants the search itself reads ({@link SearchCriteria}), so the description cannot
 * drift from what the API accepts; a filter that may be repeated
 * ({@code workMode=remote&workMode=hybrid}) is an array, one value per repetition.
 */
final class ApiSearchParameters {

	private ApiSearchParameters() {
	}

	static List<Parameter> all() {
		return List.of(
				one("q", "Words, web-search style: \"a phrase\", -exclude, or. At most " + SearchCriteria.MAX_QUERY
						+ " characters.", new StringSchema().maxLength(SearchCriteria.MAX_QUERY), "mlops kubernetes"),
				repeated("role", "Role slug, from /api/v1/salary-bands or a facet", slug(), "mlops-engineer"),
				repeated("level", "Level slug", slug(), "senior"),
				repeated("region", "Pay region slug", slug(), "london"),
				repeated("town", "Town slug", slug(), "cambridge"),
				one("near", "Town slug that distances are measured from (nearest first with sort=distance)", slug(),
						"manchester"),
				one("within", "Miles from near (default " + SearchCriteria.DEFAULT_WITHIN + ")",
						integers(SearchCriteria.DISTANCES), 25),
				one("remote", "With near: remote jobs too, wherever they are based", yesNo(), "yes"),
				repeated("workMode", "How the work is done", slugs(WorkMode.values(), WorkMode::slug), "remote"),
				repeated("type", "Employment type", slugs(EmploymentType.values(), EmploymentType::slug), "contract"),
				one("minPay",
						"Least pay in whole pounds: up to 5,000 is a day rate, from 10,000 a yearly salary "
								+ "(the site's box also reads 70k or £600/day)",
						new IntegerSchema().minimum(java.math.BigDecimal.ONE), 70000),
				repeated("ir35", "A contract's IR35 status", slugs(Ir35.values(), Ir35::slug), "outside"),
				repeated("clearance", "Security clearance asked for", slugs(Clearance.values(), Clearance::slug), "sc"),
				one("visa", "Visa sponsorship offered", yesNo(), "yes"),
				one("postedWithin", "Posted within this many days", integers(List.of(1, 3, 7, 30)), 7),
				repeated("company", "Company slug", slug(), "monzo"),
				repeated("skill", "Skill or tool slug", new StringSchema().maxLength(40), "kubernetes"),
				one("agency", "Posted by an agency (yes) or by the employer (no)", yesNo(), "no"),
				one("sort", "Default: relevance with words, newest without",
						slugs(SearchCriteria.Sort.values(), SearchCriteria.Sort::slug), "newest"),
				one("page", "Page number",
						new IntegerSchema().minimum(java.math.BigDecimal.ONE)
							.maximum(java.math.BigDecimal.valueOf(SearchCriteria.MAX_PAGE)),
						2),
				one("size", "Items a page",
						new IntegerSchema().minimum(java.math.BigDecimal.ONE)
							.maximum(java.math.BigDecimal.valueOf(JobApiController.MAX_SIZE))
							._default(20),
						20),
				one("asOf",
						"Paging anchor (milliseconds since 1970) from a next or previous link: later postings stay "
								+ "out, so pages neither repeat nor skip",
						new IntegerSchema().format("int64"), 1796000000000L),
				one("after",
						"Where the previous page ended, from a next link: the page starts there without counting "
								+ "through the ones before",
						new StringSchema().pattern("^(r[0-9a-f]{1,8}\\.\\d{1,15}|[np]\\d{1,15})\\.\\d{1,18}$"),
						"n1796000000000.1234"),
				one("asTyped",
						"Search the words as typed: no spelling corrected, no place or work mode read out of " + "them",
						yesNo(), "yes"));
	}

	private static Parameter one(String name, String description, Schema<?> schema, Object example) {
		return new QueryParameter().name(name).description(description).schema(schema).example(example);
	}

	private static Parameter repeated(String name, String description, Schema<?> item, String example) {
		return new QueryParameter().name(name)
			.description(description + "; repeat it for any of several")
			.schema(new ArraySchema().items(item).maxItems(SearchCriteria.MAX_VALUES))
			.style(Parameter.StyleEnum.FORM)
			.explode(true)
			.example(List.of(example));
	}

	private static Schema<?> slug() {
		return new StringSchema().pattern("^[a-z0-9]+(-[a-z0-9]+)*$").maxLength(80);
	}

	private static Schema<?> yesNo() {
		return new StringSchema()._enum(List.of("yes", "no"));
	}

	private static <E> Schema<?> slugs(E[] values, Function<E, String> slug) {
		return new StringSchema()._enum(Arrays.stream(values).map(slug).toList());
	}

	private static Schema<?> integers(List<Integer> values) {
		IntegerSchema schema = new IntegerSchema();
		schema.setEnum(values.stream().map(Number.class::cast).toList());
		return schema;
	}

}
