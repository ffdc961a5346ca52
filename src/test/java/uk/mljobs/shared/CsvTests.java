package uk.mljobs.shared;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cells a spreadsheet would run as a formula are written as text: the red-team found that
 * a leading semicolon, a full-width equals sign or spaces before one got through.
 */
class CsvTests {

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", ";=1", "；=1", "＝1+1", "＋1", "－1",
			"＠SUM(A1)", " =1", "  +1", "\u00a0=1", "\u3000=1", " @x", "\t-1" })
	void formulaLikeTextIsWrittenAsText(String cell) {
		String written = Csv.line(List.of(cell));
		String first = written.startsWith("\"") ? written.substring(1) : written;
		assertThat(first).as("[%s] written as %s", cell, written).startsWith("'");
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "plain", "MLOps Engineer", "£95,000", "a = b", "x-1" })
	void ordinaryTextIsLeftAlone(String cell) {
		assertThat(Csv.line(List.of(cell))).doesNotStartWith("'").doesNotStartWith("\"'");
	}

}
