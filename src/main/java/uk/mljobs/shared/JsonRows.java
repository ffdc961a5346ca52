package uk.mljobs.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Database rows as JSON reads them: times as ISO-8601 instants, dates as ISO dates. */
public final class JsonRows {

	private JsonRows() {
	}

	public static List<Map<String, Object>> of(List<Map<String, Object>> rows) {
		return rows.stream().map(JsonRows::of).toList();
	}

	public static Map<String, Object> of(Map<String, Object> row) {
		Map<String, Object> out = new LinkedHashMap<>();
		row.forEach(
				(key, value) -> out.put(key, (value instanceof java.sql.Timestamp time) ? time.toInstant().toString()
						: (value instanceof java.sql.Date date) ? date.toLocalDate().toString() : value));
		return out;
	}

}
