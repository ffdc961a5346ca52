package uk.mljobs.salary;

/**
 * The salary checker's query: role, level and region slugs, and either an annual salary
 * or a day rate, as typed ("£95,000" is fine). Bound from the address, never stored.
 */
record CheckerForm(String role, String level, String region, String salary, String dayRate) {

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
