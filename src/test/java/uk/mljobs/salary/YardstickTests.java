package uk.mljobs.salary;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.salary.Yardstick.Basis;
import uk.mljobs.salary.Yardstick.Verdict;
import uk.mljobs.shared.PayRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker's verdict table, worked out by hand: each yardstick's turning points, the
 * verdict either side of them, and the figure it suggests asking for.
 */
class YardstickTests {

	// Mid-level MLOps Engineer, London: £65,000–£100,000. Thirds turn at £76,667 and
	// £88,333; the middle is £82,500; three-quarters of the way up is £91,250, asked as
	// £91,500.
	@ParameterizedTest(name = "£{0} in the band: {1}, ask £{2}")
	@CsvSource({ "60000, BELOW, 82500", "64999, BELOW, 82500", "65000, LOW, 82500", "72500, LOW, 82500",
			"76667, TYPICAL, 82500", "85000, TYPICAL, 91500", "88334, HIGH, 91500", "95000, HIGH, 95000",
			"100000, HIGH, 100000", "100001, ABOVE, 100001" })
	void aBandIsReadInThirds(int pay, Verdict verdict, int ask) {
		Yardstick band = Yardstick.ofRange(Basis.BAND, "band", PayRange.of(65_000, 100_000));
		assertThat(band.verdictOn(pay)).isEqualTo(verdict);
		assertThat(band.askFor(pay, false).pounds()).isEqualTo(ask);
	}

	@ParameterizedTest(name = "£{0} in the open-ended band: {1}")
	@CsvSource({ "140000, BELOW", "160000, LOW", "190000, HIGH", "250000, HIGH", "900000, HIGH" })
	void anOpenEndedBandHasNoCeiling(int pay, Verdict verdict) {
		Yardstick band = Yardstick.ofRange(Basis.BAND, "band", new PayRange(150_000, 200_000, true));
		assertThat(band.verdictOn(pay)).isEqualTo(verdict);
	}

	// Machine Learning Engineer in London: median £85,000, typical UK range
	// £50,000–£105,000. Typical is £76,500–£93,500; one step up is £95,000.
	@ParameterizedTest(name = "£{0} against the London median: {1}, ask £{2}")
	@CsvSource({ "45000, BELOW, 85000", "60000, LOW, 85000", "76500, TYPICAL, 85000", "85000, TYPICAL, 95000",
			"93500, TYPICAL, 95000", "94000, HIGH, 95000", "100000, HIGH, 100000", "110000, ABOVE, 110000" })
	void aMedianWithItsRangeIsTypicalWithinTenPercent(int pay, Verdict verdict, int ask) {
		Yardstick market = Yardstick.ofMedian("market", 85_000, "the London median", PayRange.of(50_000, 105_000));
		assertThat(market.verdictOn(pay)).isEqualTo(verdict);
		assertThat(market.askFor(pay, false).pounds()).isEqualTo(ask);
		assertThat(market.basis()).isEqualTo(Basis.MARKET);
	}

	// A day rate published as a median only, £750: outside the usual range under £562.50
	// or over £1,000; typical £675–£825; nothing above the median to ask for.
	@ParameterizedTest(name = "£{0} a day against a median only: {1}, ask £{2}")
	@CsvSource({ "550, BELOW, 750", "600, LOW, 750", "700, TYPICAL, 750", "760, TYPICAL, 760", "900, HIGH, 900",
			"1050, ABOVE, 1050" })
	void aMedianAloneStillGivesAVerdict(int pay, Verdict verdict, int ask) {
		Yardstick market = Yardstick.ofMedian("market", 750, "the London median day rate", null);
		assertThat(market.verdictOn(pay)).isEqualTo(verdict);
		assertThat(market.askFor(pay, true).pounds()).isEqualTo(ask);
	}

	@ParameterizedTest(name = "£{0} a day in £500–£850: {1}, ask £{2}")
	@CsvSource({ "480, BELOW, 675", "600, LOW, 675", "620, TYPICAL, 675", "700, TYPICAL, 775", "800, HIGH, 800",
			"900, ABOVE, 900" })
	void aPublishedDayRateRangeRoundsTheAskToTwentyFivePounds(int pay, Verdict verdict, int ask) {
		Yardstick rates = Yardstick.ofRange(Basis.MARKET, "rates", PayRange.of(500, 850));
		assertThat(rates.verdictOn(pay)).isEqualTo(verdict);
		assertThat(rates.askFor(pay, true).pounds()).isEqualTo(ask);
	}

	// Advertised: P10 £90,000, P25 £95,000, median £100,000, P75 £110,000, P90 £120,000.
	@ParameterizedTest(name = "£{0} among advertised pay: {1}, ask £{2}")
	@CsvSource({ "85000, BELOW, 100000", "92000, LOW, 100000", "105000, TYPICAL, 110000", "115000, HIGH, 115000",
			"125000, ABOVE, 125000" })
	void advertisedPayIsReadByPercentile(int pay, Verdict verdict, int ask) {
		Yardstick advertised = Yardstick.ofAdvertised(
				new PayStatistics(1, 2L, 3, PayStatistics.Unit.YEAR, 12, 90_000, 95_000, 100_000, 110_000, 120_000),
				"advertised");
		assertThat(advertised.verdictOn(pay)).isEqualTo(verdict);
		Yardstick.Ask suggested = advertised.askFor(pay, false);
		assertThat(suggested.pounds()).isEqualTo(ask);
		assertThat(suggested.hold()).isEqualTo(pay >= 110_000);
		assertThat(suggested.basis())
			.isEqualTo((pay < 100_000) ? "the advertised median" : (pay < 110_000) ? "the advertised 75th percentile"
					: "your own figure, already in the upper part of advertised pay on this board");
	}

	private static final RoleView ROLE = new RoleView(1, "ai-engineer", "AI Engineer", null, null, null, null, null);

	private static final LevelView SENIOR = new LevelView(2, 1, "senior", "Senior AI Engineer", 2, null);

	private static final RegionView LONDON = new RegionView(3, "london", "London");

	private static PayStatistics advertised(long n, double p10, double p25, double median, double p75, double p90) {
		return new PayStatistics(1, 2L, 3, PayStatistics.Unit.YEAR, n, p10, p25, median, p75, p90);
	}

	@Test
	void advertisedPayTwoStepsAwayIsCalledOutWithWhyTheBandStands() {
		PayRange band = PayRange.of(100_000, 150_000);
		Yardstick yardstick = Yardstick.ofRange(Basis.BAND, "the curated band (£100,000–£150,000)", band);
		PayStatistics higher = advertised(8, 150_000, 160_000, 170_000, 180_000, 190_000);
		CheckResult apart = SalaryChecker.result(ROLE, SENIOR, LONDON, 145_000, false, yardstick, band, higher,
				List.of());
		assertThat(apart.verdict()).isEqualTo(Verdict.HIGH);
		assertThat(apart.sentence())
			.isEqualTo("£145,000 a year is on the high side for Senior AI Engineer roles in London.");
		assertThat(apart.disagreement())
			.isEqualTo("Advertised pay on this board reads it differently: among 8 postings "
					+ "like it, it would be below the usual range. The verdict follows the curated band because admins "
					+ "curate and review it for this level and region; advertised pay is a sample of 8 postings, shown for "
					+ "what it is.");
		// One step apart (high against the band, typical among advertised): no note.
		PayStatistics near = advertised(8, 120_000, 130_000, 140_000, 150_000, 160_000);
		assertThat(SalaryChecker.result(ROLE, SENIOR, LONDON, 145_000, false, yardstick, band, near, List.of())
			.disagreement()).isNull();
		// Too few postings to count: no note either.
		assertThat(SalaryChecker
			.result(ROLE, SENIOR, LONDON, 145_000, false, yardstick, band,
					advertised(4, 150_000, 160_000, 170_000, 180_000, 190_000), List.of())
			.disagreement()).isNull();
	}

	@Test
	void aRoleWithNoFiguresIsJudgedOnAdvertisedPayAndSaysSo() {
		PayStatistics stats = advertised(12, 90_000, 95_000, 100_000, 110_000, 120_000);
		Yardstick yardstick = SalaryChecker.advertisedYardstick(stats);
		CheckResult result = SalaryChecker.result(ROLE, SENIOR, LONDON, 92_000, false, yardstick, null, stats,
				List.of());
		assertThat(result.sentence())
			.isEqualTo("£92,000 a year is on the low side for Senior AI Engineer roles in London.");
		assertThat(result.basis())
			.isEqualTo("Judged against advertised pay on this board: 12 postings in the last 12 months.");
		assertThat(result.ask().display(false)).isEqualTo("£100,000 a year");
		assertThat(result.disagreement()).isNull();
	}

	@Test
	void withNothingToGoOnTheAnswerSaysSoInsteadOfGuessing() {
		PayStatistics few = advertised(3, 90_000, 95_000, 100_000, 110_000, 120_000);
		assertThat(SalaryChecker.advertisedYardstick(few)).isNull();
		assertThat(SalaryChecker.advertisedYardstick(null)).isNull();
		CheckResult result = SalaryChecker.result(ROLE, SENIOR, LONDON, 80_000, false, null, null, few, List.of());
		assertThat(result.verdict()).isNull();
		assertThat(result.ask()).isNull();
		assertThat(result.sentence())
			.isEqualTo("There is not enough to judge £80,000 a year for Senior AI Engineer roles in London yet.");
		assertThat(result.basis()).startsWith("This role has no curated band or published figures for this");
	}

}
