package uk.mljobs.imports;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One kind of employer feed: where its openings are listed and how its documented JSON
 * reads as {@link FeedItem}s. Requests go through {@link Fetch}, one at a time.
 */
interface FeedFormat {

	SourceKind kind();

	/** Every opening the source lists now. */
	List<FeedItem> read(String token, Fetch fetch);

	/** Fetches a document; throws {@link FeedException} when it cannot. */
	interface Fetch {

		JsonNode json(URI uri);

		String text(URI uri);

		/** Whether the host's robots.txt lets the board read {@code uri}. */
		boolean allowed(URI uri);

	}

	/** The node's text, or {@code null} when it is missing, null or empty. */
	static String text(JsonNode node) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return null;
		}
		String value = node.isString() ? node.stringValue() : node.isNumber() ? node.asString() : null;
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static List<String> texts(JsonNode... nodes) {
		List<String> texts = new ArrayList<>();
		for (JsonNode node : nodes) {
			if (node != null && node.isArray()) {
				node.values().forEach((each) -> {
					String value = text(each);
					if (value != null && !texts.contains(value)) {
						texts.add(value);
					}
				});
			}
			else {
				String value = text(node);
				if (value != null && !texts.contains(value)) {
					texts.add(value);
				}
			}
		}
		return texts;
	}

	/** An ISO 8601 date-time or date, or epoch milliseconds; {@code null} if neither. */
	static Instant instant(JsonNode node) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (node.isNumber()) {
			return Instant.ofEpochMilli(node.asLong());
		}
		String value = text(node);
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value)
					.atStartOfDay()
					.toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

	/** The array at {@code field}, or a format error naming it. */
	static JsonNode list(JsonNode root, String field) {
		JsonNode list = (field == null) ? root : root.path(field);
		if (!list.isArray()) {
			throw FeedException.format("no '" + ((field == null) ? "[ ]" : field) + "' list");
		}
		return list;
	}

}
