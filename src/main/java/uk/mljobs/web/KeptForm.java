package uk.mljobs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A form that reached us while the database was away: nothing was saved, so the 503 page
 * carries what was typed back, as a form the visitor sends again with one press.
 * Passwords are never written into a page; the page says to type them again.
 *
 * @param action where the form was sent (this site's path, as received)
 * @param fields every field as sent, in order, passwords left out
 * @param passwordsLeftOut whether any password field was dropped
 */
record KeptForm(String action, List<Field> fields, boolean passwordsLeftOut) {

	/** More than any form of ours sends; beyond it, nothing is kept. */
	private static final int MOST_FIELDS = 300;

	static Optional<KeptForm> of(HttpServletRequest request) {
		String type = request.getContentType();
		if (!"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
			return Optional.empty();
		}
		List<Field> fields = new ArrayList<>();
		boolean dropped = false;
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getKey().toLowerCase(Locale.ROOT).contains("password")) {
				dropped = true;
				continue;
			}
			for (String value : parameter.getValue()) {
				fields.add(new Field(parameter.getKey(), value));
			}
		}
		if (fields.isEmpty() || fields.size() > MOST_FIELDS) {
			return Optional.empty();
		}
		String action = request.getRequestURI();
		return Optional.of(new KeptForm(action, List.copyOf(fields), dropped));
	}

	record Field(String name, String value) {
	}

}
