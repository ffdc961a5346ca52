package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.springframework.validation.Errors;

import uk.mljobs.shared.Gbp;
import uk.mljobs.shared.Pounds;

/**
 * A row of a part that stays, with its index in the form (for field messages), its place
 * and its id once checked; it reads the row's fields into values, leaving a message on
 * the field for anything it cannot read.
 *
 * @param id the id of the guide's row this one is, or {@code null} for a new row
 */
record Kept<R extends PartRow>(int index, R row, double rank, Long id) {

	String path(String field) {
		return "rows[" + this.index + "]." + field;
	}

	String text(Errors errors, String field, String value, int max, String missing) {
		if (PartRow.blank(value)) {
			errors.rejectValue(path(field), "required", missing);
			return null;
		}
		return optional(errors, field, value, max);
	}

	String optional(Errors errors, String field, String value, int max) {
		if (PartRow.blank(value)) {
			return null;
		}
		String clean = value.strip();
		if (clean.length() > max) {
			errors.rejectValue(path(field), "size",
					"Use at most " + String.format(Locale.UK, "%,d", max) + " characters.");
		}
		return clean;
	}

	Integer number(Errors errors, String field, String value, int min, int max) {
		if (PartRow.blank(value)) {
			return null;
		}
		String clean = value.strip();
		if (!clean.matches("\\d{1,6}") || Integer.parseInt(clean) < min || Integer.parseInt(clean) > max) {
			errors.rejectValue(path(field), "number", "Enter a whole number from " + min + " to " + max + ".");
			return null;
		}
		return Integer.parseInt(clean);
	}

	Integer pounds(Errors errors, String field, String value) {
		return pounds(errors, field, value, 1000, 10_000_000);
	}

	/**
	 * Whole pounds as typed ("£65,000" or "65000"), from {@code min} to {@code max}.
	 */
	Integer pounds(Errors errors, String field, String value, int min, int max) {
		if (PartRow.blank(value)) {
			return null;
		}
		OptionalInt pounds = Pounds.parse(value);
		if (pounds.isEmpty() || pounds.getAsInt() < min || pounds.getAsInt() > max) {
			errors.rejectValue(path(field), "pounds",
					"Enter whole pounds from " + Gbp.format(min) + " to " + Gbp.format(max) + ".");
			return null;
		}
		return pounds.getAsInt();
	}

	/** The constant of {@code type} named {@code value}. */
	<E extends Enum<E>> E choice(Errors errors, String field, String value, Class<E> type, String missing) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		errors.rejectValue(path(field), "choice", missing);
		return null;
	}

	/**
	 * The rows to keep, in the order asked for; empty spare rows and removed rows go. A
	 * row whose id is not one of {@code own}, the part's rows in this guide, is refused.
	 */
	static <R extends PartRow> List<Kept<R>> of(List<R> rows, Set<Long> own, Errors errors) {
		List<Kept<R>> kept = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			R row = rows.get(i);
			if (row == null || row.removed() || row.empty()) {
				continue;
			}
			// A row without an order keeps its place: after the row numbered as it is.
			Kept<R> entry = new Kept<>(i, row, i * 2.0 + 1, id(row, own, errors));
			Integer order = entry.number(errors, "order", row.order(), 0, 10_000);
			kept.add((order != null) ? new Kept<>(i, row, order * 2.0, entry.id()) : entry);
		}
		kept.sort(Comparator.comparingDouble(Kept<R>::rank).thenComparingInt(Kept::index));
		return kept;
	}

	private static Long id(PartRow row, Set<Long> own, Errors errors) {
		if (PartRow.blank(row.id())) {
			return null;
		}
		String value = row.id().strip();
		if (!value.matches("\\d{1,18}") || !own.contains(Long.parseLong(value))) {
			errors.reject("rows", "A row did not belong to this guide: reload the page and try again.");
			return null;
		}
		return Long.parseLong(value);
	}

	/** Refuses, on {@code field}, a row whose {@code key} another row has already. */
	static <R extends PartRow> void uniqueness(Errors errors, List<Kept<R>> rows, String field, Function<R, String> key,
			String message) {
		Set<String> seen = new HashSet<>();
		for (Kept<R> kept : rows) {
			String value = key.apply(kept.row());
			if (value != null && !value.isBlank() && !seen.add(value.strip().toLowerCase(Locale.ROOT))
					&& !errors.hasFieldErrors(kept.path(field))) {
				errors.rejectValue(kept.path(field), "duplicate", message);
			}
		}
	}

}
