package uk.mljobs.shared;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Tables as CSV downloads (RFC 4180), safe to open in a spreadsheet.
 */
public final class Csv {

	private Csv() {
	}

	/** The rows, the first being the header, as a download named {@code filename}. */
	public static ResponseEntity<String> attachment(String filename, List<List<Object>> rows) {
		StringBuilder body = new StringBuilder();
		rows.forEach((row) -> body.append(line(row)));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body.toString());
	}

	/**
	 * One CSV line: fields with commas, quotes or line breaks are quoted, and text that a
	 * spreadsheet would run as a formula is prefixed with an apostrophe.
	 */
	public static String line(List<Object> fields) {
		List<String> cells = new ArrayList<>();
		for (Object field : fields) {
			String text = String.valueOf(field);
			if (field instanceof String && formulaLike(text)) {
				text = "'" + text;
			}
			if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
				text = "\"" + text.replace("\"", "\"\"") + "\"";
			}
			cells.add(text);
		}
		return String.join(",", cells) + "\r\n";
	}

	/**
	 * The characters a spreadsheet may start a formula with, and their full-width forms.
	 */
	private static final String FORMULA_STARTS = "=+-@;\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFF1B";

	/**
	 * Whether a spreadsheet might run the text as a formula: it starts with one of
	 * {@link #FORMULA_STARTS}, after any spaces (some spreadsheets skip them).
	 */
	static boolean formulaLike(String text) {
		int i = 0;
		while (i < text.length() && Character.isSpaceChar(text.charAt(i)) && text.charAt(i) != '\t') {
			i++;
		}
		return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
	}

}
