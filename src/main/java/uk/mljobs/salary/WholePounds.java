package uk.mljobs.salary;

import org.springframework.validation.Errors;

import uk.mljobs.shared.Gbp;

/**
 * Reads a figure typed into a pay form: whole pounds, "£95,000" allowed. Anything else,
 * or a figure outside the sane range, is a message on the field and null.
 *
 * @param name how messages name the figure, such as "minimum" or "day rate"
 * @param example a figure to show in the message, such as 95000
 * @param per what the figure is per, for the range message: " a year", or ""
 */
record WholePounds(String name, int example, int min, int max, String per) {

	Integer read(String value, String field, Errors errors) {
		String digits = (value != null) ? value.strip().replaceAll("^£|,", "") : "";
		if (digits.isEmpty()) {
			errors.rejectValue(field, "required", "Enter the " + this.name + " in pounds" + this.per + ".");
			return null;
		}
		if (!digits.matches("\\d{1,9}")) {
			errors.rejectValue(field, "number",
					"Enter the " + this.name + " as whole pounds, like " + this.example + ".");
			return null;
		}
		int pounds = Integer.parseInt(digits);
		if (pounds < this.min || pounds > this.max) {
			errors.rejectValue(field, "range", "Enter a " + this.name + " from " + Gbp.format(this.min) + " to "
					+ Gbp.format(this.max) + this.per + ".");
			return null;
		}
		return pounds;
	}

}
