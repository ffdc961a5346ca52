package uk.mljobs.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.mljobs.job.Clearance;
import uk.mljobs.job.EmploymentType;
import uk.mljobs.job.Ir35;
import uk.mljobs.job.WorkMode;
import uk.mljobs.market.LevelView;
import uk.mljobs.market.RoleView;
import uk.mljobs.market.TownView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a feed item's words become a posting's fields: titles to roles and levels, pay as
 * employers write it, IR35, clearance, sponsorship and work mode phrases, and locations.
 * Each row is a case seen in real UK ads, written here in our own words.
 */
class AdReadingTests {

	private static final RoleView MLOPS = role(1, "mlops-engineer", "MLOps Engineer");

	private static final RoleView MLE = role(2, "machine-learning-engineer", "Machine Learning Engineer");

	private static final RoleView AI = role(3, "ai-engineer", "AI Engineer");

	private static final Map<Long, List<LevelView>> LEVELS = Map.of(1L,
			List.of(level(11, 1, "junior", "Junior MLOps Engineer", 0), level(12, 1, "mid", "MLOps Engineer", 1),
					level(13, 1, "senior", "Senior MLOps Engineer", 2),
					level(14, 1, "principal", "Principal / Head of ML Platform", 3)),
			2L,
			List.of(level(21, 2, "junior", "Junior ML Engineer", 0),
					level(22, 2, "mid", "Machine Learning Engineer", 1),
					level(23, 2, "senior", "Senior Machine Learning Engineer", 2),
					level(24, 2, "principal", "Staff / Principal ML Engineer", 3),
					level(25, 2, "head", "Head of Machine Learning", 4)),
			3L, List.of(level(31, 3, "junior", "Junior AI Engineer", 0), level(32, 3, "mid", "AI Engineer", 1),
					level(33, 3, "senior", "Senior AI Engineer", 2)));

	private static final RoleMatch TWO_ROLES = new RoleMatch(List.of(MLOPS, MLE), LEVELS);

	private static final RoleMatch THREE_ROLES = new RoleMatch(List.of(MLOPS, MLE, AI), LEVELS);

	@ParameterizedTest(name = "{0} -> {1} {2}")
	@CsvSource(delimiter = '|', textBlock = """
			MLOps Engineer                                   | mlops-engineer            | mid
			Senior MLOps Engineer                            | mlops-engineer            | senior
			Sr. MLOps Engineer                               | mlops-engineer            | senior
			Junior MLOps Engineer                            | mlops-engineer            | junior
			Graduate ML Ops Engineer                         | mlops-engineer            | junior
			Staff ML Platform Engineer                       | mlops-engineer            | principal
			Head of ML Platform                              | mlops-engineer            | principal
			ML Infrastructure Engineer                       | mlops-engineer            | mid
			Software Engineer, ML Infrastructure             | mlops-engineer            | mid
			Senior Machine Learning Platform Engineer        | mlops-engineer            | senior
			Lead LLMOps Engineer                             | mlops-engineer            | principal
			Machine Learning Engineer                        | machine-learning-engineer | mid
			Senior Machine Learning Engineer                 | machine-learning-engineer | senior
			Senior Machine Learning Engineer – Fraud         | machine-learning-engineer | senior
			ML Engineer (Recommendations)                    | machine-learning-engineer | mid
			Junior ML Engineer                               | machine-learning-engineer | junior
			Associate Machine Learning Engineer              | machine-learning-engineer | junior
			Staff Machine Learning Engineer                  | machine-learning-engineer | principal
			Principal ML Engineer, Search                    | machine-learning-engineer | principal
			Head of Machine Learning                         | machine-learning-engineer | head
			Director of Machine Learning                     | machine-learning-engineer | head
			Engineering Manager, Machine Learning            | machine-learning-engineer | head
			Computer Vision Engineer                         | machine-learning-engineer | mid
			Senior NLP Engineer                              | machine-learning-engineer | senior
			Deep Learning Engineer                           | machine-learning-engineer | mid
			Software Engineer - Machine Learning             | machine-learning-engineer | mid
			Machine Learning Engineer, Recruiting Platform   | machine-learning-engineer | mid
			Senior AI Engineer                               | machine-learning-engineer | senior
			Generative AI Engineer                           | machine-learning-engineer | mid
			Tech Lead, Machine Learning                      | machine-learning-engineer | principal
			""")
	void titlesNameARoleAndALevel(String title, String role, String level) {
		RoleMatch.Matched matched = (RoleMatch.Matched) TWO_ROLES.read(title, "");
		assertThat(matched.role().slug()).isEqualTo(role);
		assertThat(matched.level().slug()).isEqualTo(level);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Data Scientist, Machine Learning                 | not an engineering job
			Technical Recruiter, Machine Learning            | not an engineering job
			Senior Product Manager, ML Platform              | not an engineering job
			Machine Learning Research Scientist              | not an engineering job
			Machine Learning Intern                          | not an engineering job
			Account Executive, AI                            | not an engineering job
			Data Engineer                                    | not a machine-learning role
			Backend Engineer (Payments)                      | not a machine-learning role
			Frontend Developer                               | not a machine-learning role
			Site Reliability Engineer                        | not a machine-learning role
			""")
	void otherJobsAreSkippedWithAReason(String title, String reason) {
		assertThat(TWO_ROLES.read(title, "We build card payments on Kotlin and Postgres."))
			.isEqualTo(new RoleMatch.Skipped(reason));
	}

	@ParameterizedTest(name = "{0} with its description -> {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Platform Engineer      | mlops-engineer            | You run our ML platform: MLflow for tracking, Kubeflow pipelines and KServe for model serving.
					Senior DevOps Engineer | mlops-engineer            | Own model deployment on SageMaker, the feature store and model monitoring.
					Research Engineer      | machine-learning-engineer | Train large language model variants in PyTorch and JAX; fine-tuning and evaluation.
					Software Engineer      | not a machine-learning role | Build our checkout in Java; some exposure to machine learning is a plus.
					""")
	void aGeneralTitleIsReadByTheWorkItsDescriptionNames(String title, String expected, String description) {
		RoleMatch.Reading reading = TWO_ROLES.read(title, description);
		if (expected.contains("-engineer")) {
			assertThat(((RoleMatch.Matched) reading).role().slug()).isEqualTo(expected);
		}
		else {
			assertThat(reading).isEqualTo(new RoleMatch.Skipped(expected));
		}
	}

	@ParameterizedTest(name = "{0} -> {1} {2}")
	@CsvSource(delimiter = '|', textBlock = """
			AI Engineer               | ai-engineer               | mid
			Senior AI Engineer        | ai-engineer               | senior
			Head of AI Engineering    | ai-engineer               | senior
			Machine Learning Engineer | machine-learning-engineer | mid
			""")
	void aNewGuidesOwnTitleWinsOverTheUsualNames(String title, String role, String level) {
		RoleMatch.Matched matched = (RoleMatch.Matched) THREE_ROLES.read(title, "");
		assertThat(matched.role().slug()).isEqualTo(role);
		assertThat(matched.level().slug()).isEqualTo(level);
	}

	@ParameterizedTest(name = "{0} -> {1}-{2} daily={3}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			Salary: £80,000 - £100,000                                  | 80000  | 100000 | false
			£80,000–£100,000 plus bonus                                 | 80000  | 100000 | false
			£80k–£100k + equity                                         | 80000  | 100000 | false
			£80k - 100k                                                 | 80000  | 100000 | false
			£80-100k DOE                                                | 80000  | 100000 | false
			Between £65,000 and £75,000 per annum                       | 65000  | 75000  | false
			GBP 70,000 to 85,000 per annum                              | 70000  | 85000  | false
			The range is 70,000 - 85,000 GBP depending on experience    | 70000  | 85000  | false
			£72.5k - £90k                                               | 72500  | 90000  | false
			Up to £90k                                                  | 90000  | 90000  | false
			up to £90,000 base                                          | 90000  | 90000  | false
			From £70k, with a review at six months                      | 70000  | 70000  | false
			Circa £85,000 + benefits                                    | 85000  | 85000  | false
			c.£95k                                                      | 95000  | 95000  | false
			£60K + 10% bonus                                            | 60000  | 60000  | false
			Competitive base (£110,000 - £130,000) and shares           | 110000 | 130000 | false
			£600-£700 per day                                           | 600    | 700    | true
			£600 - £700 p/d                                             | 600    | 700    | true
			£550/day outside IR35                                       | 550    | 550    | true
			£650pd                                                      | 650    | 650    | true
			Up to £750 a day, inside IR35                               | 750    | 750    | true
			Contract, 6 months, £500 - £575 daily rate                  | 500    | 575    | true
			Day rate: £800                                              | 800    | 800    | true
			Contract role paying £700 outside IR35                      | 700    | 700    | true
			£1k per day for the right person                            | 1000   | 1000   | true
			We offer a £1,000 learning budget. Salary £75,000           | 75000  | 75000  | false
			£5,000 sign-on bonus, then £90k base                        | 90000  | 90000  | false
			We raised £20m in 2025; the role pays £85k                  | 85000  | 85000  | false
			£80,000 - £100,000 + £10,000 car allowance                  | 80000  | 100000 | false
			""")
	void payIsReadAsEmployersWriteIt(String text, int min, int max, boolean daily) {
		assertThat(PayInText.in(text)).contains(new PayInText.Found(min, max, daily));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Competitive salary and benefits
			$150,000 - $200,000
			€70,000 – €90,000 per year
			£45 - £55 per hour
			£3,500 per month
			A £1,000 home office budget and a £500 wellbeing allowance
			£30,000 - £100,000
			We have raised £2bn from investors
			£400 towards your first month
			""")
	void textWithoutPayWeCanStateGivesNone(String text) {
		assertThat(PayInText.in(text)).isEmpty();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			This role sits outside IR35.                 | true  | OUTSIDE
			Inside IR35, via an umbrella company.        | true  | INSIDE
			Outside of IR35 (determined by us).          | true  | OUTSIDE
			IR35 status to be confirmed.                 | true  | UNDETERMINED
			A permanent role with a pension.             | false | none
			""")
	void ir35IsReadFromTheText(String text, boolean contract, Ir35 expected) {
		assertThat(AdTerms.ir35(text, contract)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			You must hold active SC clearance.                        | SC
			Candidates must be SC cleared or eligible.                | SC
			Applicants must be eligible for SC.                       | SC
			DV clearance is required for this role.                   | DV
			Developed Vetting (DV) and SC both help.                  | DV
			eDV cleared candidates preferred.                         | DV
			BPSS checks apply to everyone we hire.                    | BPSS
			CTC cleared, with SC a bonus? No: SC clearance required.  | SC
			Counter-Terrorist Check clearance needed.                 | CTC
			No clearance needed; we are a fintech.                    | NONE
			Our CTC is competitive (cost to company).                 | NONE
			""")
	void clearanceIsTheHighestAsked(String text, Clearance expected) {
		assertThat(AdTerms.clearance(text)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Visa sponsorship is available for this role.                 | true
			We can sponsor Skilled Worker visas.                         | true
			We offer visa sponsorship and relocation.                    | true
			Unfortunately we are unable to sponsor visas.                | false
			We cannot offer visa sponsorship for this position.          | false
			No sponsorship: you must have the right to work in the UK.   | false
			Sponsorship is not available.                                | false
			You must have the right to work in the UK.                   | false
			""")
	void sponsorshipOnlyWhereOffered(String text, boolean expected) {
		assertThat(AdTerms.visaSponsorship(text)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			This is a fully remote role within the UK.      | REMOTE
			Remote (UK)                                     | REMOTE
			Remote - United Kingdom                         | REMOTE
			We are remote-first with a London hub.          | REMOTE
			Hybrid: two days a week in our London office.   | HYBRID
			3 days in the office, the rest from home.       | HYBRID
			This role is based on-site in Cambridge.        | ON_SITE
			Office-based in Edinburgh.                      | ON_SITE
			Join our team in Leeds.                         | ON_SITE
			""")
	void workModeFromTheWords(String text, WorkMode expected) {
		assertThat(AdTerms.workMode(text, WorkMode.ON_SITE)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} / {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Full-time  | A permanent role.                       | false | PERMANENT_FULL_TIME
			Part-time  | Three days a week.                      | false | PERMANENT_PART_TIME
			Full-time  | A 12-month fixed term contract.         | false | FIXED_TERM
			Contract   | Six months, outside IR35.               | true  | CONTRACT
			Permanent  | Maternity cover for a year.             | false | FIXED_TERM
			""")
	void employmentTypeFromCommitmentAndWords(String commitment, String text, boolean dayRate,
			EmploymentType expected) {
		assertThat(AdTerms.employmentType(commitment, text, dayRate)).isEqualTo(expected);
	}

	private static final UkPlace PLACES = new UkPlace(List.of(town(1, "london", "London", "GB"),
			town(2, "cambridge", "Cambridge", "GB"), town(3, "edinburgh", "Edinburgh", "GB"),
			town(4, "milton-keynes", "Milton Keynes", "GB"), town(5, "manchester", "Manchester", "GB"),
			town(6, "belfast", "Belfast", "GB"), town(7, "amsterdam", "Amsterdam", "NL")));

	@ParameterizedTest(name = "{0} ({1}) -> {2}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			London                                  | none | london        | false
			London, England, United Kingdom         | none | london        | false
			London, UK; New York, NY                | none | london        | false
			Cambridge, United Kingdom               | GB   | cambridge     | false
			Milton Keynes                           | none | milton-keynes | false
			Hybrid - Manchester                     | none | manchester    | false
			Edinburgh or Remote (UK)                | none | edinburgh     | true
			Remote (UK)                             | none | none          | true
			Remote - United Kingdom                 | none | none          | true
			Remote                                  | GB   | none          | true
			United Kingdom                          | none | none          | false
			Belfast, Northern Ireland               | none | belfast       | false
			""")
	void ukPlacesAreRead(String location, String country, String town, boolean remote) {
		UkPlace.Found found = (UkPlace.Found) PLACES.read(Arrays.asList(location.split(";")), country);
		assertThat((found.town() != null) ? found.town().slug() : null).isEqualTo(town);
		assertThat(found.remote()).isEqualTo(remote);
	}

	@ParameterizedTest(name = "{0} ({1}) -> {2}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			Cambridge, MA                           | none | outside the UK
			New York, NY                            | US   | outside the UK
			Amsterdam, Netherlands                  | none | outside the UK
			Dublin, Ireland                         | none | outside the UK
			Remote - EMEA                           | none | outside the UK
			Remote                                  | none | remote, not said to be in the UK
			Reading, England, United Kingdom        | none | UK town not listed: Reading
			London                                  | DE   | outside the UK
			""")
	void otherPlacesAreSkippedWithAReason(String location, String country, String reason) {
		assertThat(PLACES.read(List.of(location), country)).isEqualTo(new UkPlace.Skipped(reason));
	}

	private static RoleView role(long id, String slug, String title) {
		return new RoleView(id, slug, title, "", "", "", "", null);
	}

	private static LevelView level(long id, long roleId, String slug, String title, int position) {
		return new LevelView(id, roleId, slug, title, position, null);
	}

	private static TownView town(long id, String slug, String name, String country) {
		return new TownView(id, slug, name, country, "GB".equals(country) ? 1L : null);
	}

}
