package uk.mljobs.salary;

import uk.mljobs.shared.PayText;
import uk.mljobs.shared.validation.WholePounds;

/**
 * The salary checker's query: role, level and region slugs, and either an annual salary
 * or a day rate, as typed ("£95,000" is fine), each in the range search reads pay in.
 * Bound from the address, never stored.
 */
record CheckerForm(String role, String level, String region,
		@WholePounds(min = PayText.MIN_SALARY, max = PayText.MAX_SALARY,
				message = "Enter the salary as whole pounds, like 65000.",
				outside = "Enter a salary from {min} to {max}.") String salary,
		@WholePounds(min = PayText.MIN_DAY_RATE, max = PayText.MAX_DAY_RATE,
				message = "Enter the day rate as whole pounds, like 550.",
				outside = "Enter a day rate from {min} to {max}.") String dayRate) {

	static CheckerForm empty() {
		return new CheckerForm("", "", "", "", "");
	}

	/**
	 * Nothing to check yet: no pay typed, and no level or region chosen. A link that only
	 * names the role (as each guide's "Check a salary" does) opens the form with the role
	 * chosen, not with an error.
	 */
	boolean isEmpty() {
		return blank(this.level) && blank(this.region) && blank(this.salary) && blank(this.dayRate);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
