package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.springframework.validation.Errors;

/**
 * A row that stays, with its index in the form (for field messages) and its place.
 */
record Kept(int index, GuideRow row, double rank) {

	Kept(int index, GuideRow row) {
		this(index, row, index);
	}

	String path(String field) {
		return "rows[" + this.index + "]." + field;
	}

	String text(Errors errors, String field, String value, int max, String missing) {
		if (GuideRow.blank(value)) {
			errors.rejectValue(path(field), "required", missing);
			return null;
		}
		return optional(errors, field, value, max);
	}

	String optional(Errors errors, String field, String value, int max) {
		if (GuideRow.blank(value)) {
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
		if (GuideRow.blank(value)) {
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
		if (GuideRow.blank(value)) {
			return null;
		}
		String clean = value.strip().replace("£", "").replace(",", "").replace(" ", "");
		if (!clean.matches("\\d{1,8}") || Integer.parseInt(clean) < min || Integer.parseInt(clean) > max) {
			errors.rejectValue(path(field), "pounds", "Enter whole pounds from £" + String.format(Locale.UK, "%,d", min)
					+ " to £" + String.format(Locale.UK, "%,d", max) + ".");
			return null;
		}
		return Integer.parseInt(clean);
	}

	<E extends Enum<E>> E choice(Errors errors, String field, Class<E> type, String missing) {
		String value = this.row.kind();
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		errors.rejectValue(path(field), "choice", missing);
		return null;
	}

	/**
	 * The row's id when it names one of the part's own rows; a foreign id is refused.
	 */
	Long id(Errors errors, Set<Long> own) {
		String value = this.row.id();
		if (GuideRow.blank(value)) {
			return null;
		}
		if (!value.strip().matches("\\d{1,18}") || !own.contains(Long.parseLong(value.strip()))) {
			errors.reject("rows", "A row did not belong to this guide: reload the page and try again.");
			return null;
		}
		return Long.parseLong(value.strip());
	}

	/** The rows to keep, in the order asked for; empty spare rows and removed rows go. */
	static List<Kept> of(GuidePartForm form, Errors errors) {
		List<Kept> kept = new ArrayList<>();
		for (int i = 0; i < form.rows().size(); i++) {
			GuideRow row = form.rows().get(i);
			if (row == null || row.removed() || row.empty()) {
				continue;
			}
			Kept entry = new Kept(i, row);
			Integer order = entry.number(errors, "order", row.order(), 0, 10_000);
			kept.add(new Kept(i, row, (order != null) ? order * 2.0 : i * 2.0 + 1));
		}
		kept.sort(Comparator.comparingDouble(Kept::rank).thenComparingInt(Kept::index));
		return kept;
	}

	static void uniqueness(Errors errors, List<Kept> rows, String field, Function<Kept, String> key, String message) {
		Set<String> seen = new HashSet<>();
		for (Kept kept : rows) {
			String value = key.apply(kept);
			if (value != null && !value.isBlank() && !seen.add(value.strip().toLowerCase(Locale.ROOT))
					&& !errors.hasFieldErrors(kept.path(field))) {
				errors.rejectValue(kept.path(field), "duplicate", message);
			}
		}
	}

}
