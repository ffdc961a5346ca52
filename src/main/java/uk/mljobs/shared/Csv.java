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
			if (field instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
				text = "'" + text;
			}
			if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
				text = "\"" + text.replace("\"", "\"\"") + "\"";
			}
			cells.add(text);
		}
		return String.join(",", cells) + "\r\n";
	}

}
