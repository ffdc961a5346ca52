package uk.mljobs.job;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mljobs.support.Constraints.messages;

/**
 * The posting form's own constraints, without the database: the job's validators
 * ({@link NarrowPay}, {@link ApplyAddress}, {@link TagList}) and the order the checks run
 * in, so each field shows the first thing to fix.
 */
class PostingFormConstraintsTests {

	private static final NarrowPayValidator RATIO_1_6 = new NarrowPayValidator(new PostingProperties(1.6));

	private static PostingForm form(Map<String, String> changes) {
		Map<String, String> f = new java.util.HashMap<>(
				Map.of("employmentType", "PERMANENT_FULL_TIME", "payMin", "110000", "payMax", "140000", "ir35", "",
						"tags", "ray, feature stores", "howToApply", "https://example.com/apply"));
		f.putAll(changes);
		return new PostingForm("key", null, "Senior MLOps Engineer", "mlops-engineer", "senior", "london", "HYBRID",
				"UK", f.get("employmentType"), f.get("payMin"), f.get("payMax"), f.get("ir35"), "NONE", "false",
				List.of(), f.get("tags"), "x".repeat(60), f.get("howToApply"), "", "");
	}

	private static Map<String, List<String>> messagesOf(String... changes) {
		Map<String, String> map = new java.util.HashMap<>();
		for (int i = 0; i < changes.length; i += 2) {
			map.put(changes[i], changes[i + 1]);
		}
		return messages(form(map), RATIO_1_6);
	}

	@Test
	void aValidFormHasNoMessages() {
		assertThat(messagesOf()).isEmpty();
		assertThat(messagesOf("employmentType", "CONTRACT", "ir35", "OUTSIDE", "payMin", "550", "payMax", "650"))
			.isEmpty();
	}

	@Test
	void refusesAPayRangeWiderThanTheRatioSayingHowFarItMayGo() {
		assertThat(messagesOf("payMax", "250000")).isEqualTo(Map.of("payMax",
				List.of("The highest pay may be at most 1.6 times the lowest: up to £176,000 for a lowest of £110,000. "
						+ "Narrow the range to what you will pay.")));
		assertThat(messagesOf("payMax", "176000")).isEmpty();
		assertThat(messages(form(Map.of("payMax", "250000")), new NarrowPayValidator(new PostingProperties(2.5))))
			.isEmpty();
	}

	@Test
	void comparesThePayFiguresOnlyOnceEachIsRightOnItsOwn() {
		// Out of the salary bounds and far too wide: the bounds are the thing to fix.
		assertThat(messagesOf("payMax", "2000000"))
			.isEqualTo(Map.of("payMax", List.of("An annual salary must be between £10,000 and £1,000,000 a year.")));
		assertThat(messagesOf("payMin", "150000"))
			.isEqualTo(Map.of("payMax", List.of("The highest pay must be at least the lowest.")));
		assertThat(messagesOf("payMin", "lots", "payMax", "2000000"))
			.isEqualTo(Map.of("payMin", List.of("Enter a whole number of pounds, like 65000.")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			jobs@example.co.uk
			http://example.com/apply?ref=mljobs
			HTTPS://Careers.Example.com/Jobs/4821
			""")
	void acceptsAWebOrAnEmailAddress(String apply) {
		assertThat(messagesOf("howToApply", apply)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			javascript:alert(1)    | Enter a web address starting with https:// or an email address.
			ftp://example.com/jobs | Enter a web address starting with https:// or an email address.
			not an address         | Enter a web address starting with https:// or an email address.
			https://exa mple.com   | Enter a full web address starting with https://, with no spaces.
			http:///nohost         | Enter a full web address starting with https://, with no spaces.
			https://me@example.com | Enter a full web address starting with https://, with no spaces.
			""")
	void refusesAnythingElseSayingWhatToEnter(String apply, String message) {
		assertThat(messagesOf("howToApply", apply)).isEqualTo(Map.of("howToApply", List.of(message)));
	}

	@Test
	void readsTagsAsStoredAndCountsEachOnce() {
		assertThat(Tags.read(" Ray,  Feature   Stores ,,ray, ＭＬＯｐｓ")).containsExactly("ray", "feature stores", "mlops");
		assertThat(messagesOf("tags", "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o")).isEmpty();
		assertThat(messagesOf("tags", "a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a")).isEmpty();
		assertThat(messagesOf("tags", "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p"))
			.isEqualTo(Map.of("tags", List.of("List at most 15 other skills.")));
		assertThat(messagesOf("tags", "ray, " + "x".repeat(41)))
			.isEqualTo(Map.of("tags", List.of("Keep each skill to 40 characters.")));
	}

	@Test
	void requiresAnIr35StatusOfContractsOnly() {
		assertThat(messagesOf("employmentType", "CONTRACT", "payMin", "550", "payMax", "650"))
			.isEqualTo(Map.of("ir35", List.of("Contracts must state their IR35 status.")));
		assertThat(messagesOf("ir35", "SOMETIMES")).isEqualTo(Map.of("ir35", List.of("Choose an IR35 status.")));
	}

}
