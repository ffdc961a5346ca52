package uk.mljobs.job;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input comes back as the same form with a message beside the field that says what to
 * fix, a 200 and nothing saved; never a 500.
 */
@IntegrationTest
class PostingValidationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private MockHttpSession recruiter;

	@BeforeEach
	void signIn() throws Exception {
		this.recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "deliveroo", false),
				TestAccounts.PASSWORD);
	}

	@ParameterizedTest(name = "{0}={1} -> {3}")
	@CsvSource(delimiter = '|',
			textBlock = """
					title           | ''                            | title           | Enter a job title.
					title           | ab                            | title           | Use 3 to 120 characters.
					payMin          | 150000                        | payMax          | The highest pay must be at least the lowest.
					payMin          | 9000                          | payMin          | An annual salary must be between £10,000 and £1,000,000 a year.
					payMax          | 2000000                       | payMax          | An annual salary must be between £10,000 and £1,000,000 a year.
					payMin          | lots                          | payMin          | Enter a whole number of pounds, like 65000.
					payMin          | ''                            | payMin          | Enter the lowest pay.
					employmentType  | CONTRACT                      | ir35            | Contracts must state their IR35 status.
					employmentType  | FREELANCE                     | employmentType  | Choose an employment type.
					workMode        | MOON                          | workMode        | Choose a work mode.
					clearance       | TOP_SECRET                    | clearance       | Choose a clearance level.
					visaSponsorship | maybe                         | visaSponsorship | Say whether you sponsor visas.
					role            | data-wizard                   | role            | Choose a role from the list.
					level           | head                          | level           | Choose a level of the MLOps Engineer role.
					town            | amsterdam                     | town            | Choose a UK town from the list.
					town            | atlantis                      | town            | Choose a UK town from the list.
					howToApply      | javascript:alert(1)           | howToApply      | Enter a web address starting with https:// or an email address.
					howToApply      | ftp://example.com/jobs        | howToApply      | Enter a web address starting with https:// or an email address.
					howToApply      | https://exa mple.com          | howToApply      | Enter a full web address starting with https://, with no spaces.
					howToApply      | http:///nohost                | howToApply      | Enter a full web address starting with https://, with no spaces.
					closesOn        | 2020-01-01                    | closesOn        | Choose a closing date after today.
					closesOn        | 2099-01-01                    | closesOn        | Choose a closing date at most 90 days from today
					closesOn        | next tuesday                  | closesOn        | Enter the date as year-month-day, like 2026-12-31.
					description     | Too short.                    | description     | Write between 50 and 20,000 characters.
					tags            | a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p | tags          | List at most 15 other skills.
					payMax          | 250000                        | payMax          | The highest pay may be at most 1.6 times the lowest: up to £176,000 for a lowest of £110,000.
					idempotencyKey  | not-a-uuid                    | -               | This form has expired.
					""")
	void refusesWithAMessageBesideTheField(String field, String value, String errorField, String message)
			throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put(field, value);
		int before = count();
		this.mvc.perform(TestPostings.submitForm("/recruiter/postings", form).session(this.recruiter))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("There is a problem"), containsString(message),
					containsString("name=\"title\""))))
			.andExpect(content().string("-".equals(errorField) ? containsString("error-summary")
					: containsString("id=\"" + errorField + "-error\"")));
		assertThat(count()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			howToApply      | jobs@example.co.uk
			howToApply      | http://example.com/apply?ref=mljobs
			payMin          | £120,000
			employmentType  | FIXED_TERM
			tags            | ''
			closesOn        | ''
			""")
	void acceptsOtherwiseValidVariants(String field, String value) throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put(field, value);
		long id = TestPostings.draft(this.mvc, this.recruiter, form);
		assertThat(id).isPositive();
	}

	@ParameterizedTest(name = "{0}–{1} a day")
	@CsvSource({ "99, 500, payMin", "500, 5001, payMax" })
	void dayRatesHaveTheirOwnBounds(String min, String max, String field) throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put("employmentType", "CONTRACT");
		form.put("ir35", "OUTSIDE");
		form.put("payMin", min);
		form.put("payMax", max);
		this.mvc.perform(TestPostings.submitForm("/recruiter/postings", form).session(this.recruiter))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"" + field + "-error\""),
					containsString("A day rate must be between £100 and £5,000 a day."))));
	}

	private int count() {
		return this.jdbc.queryForObject("SELECT count(*) FROM posting", Integer.class);
	}

}
