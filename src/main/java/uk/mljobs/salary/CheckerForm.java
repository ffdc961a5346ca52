package uk.mljobs.salary;

/**
 * The salary checker's query: role, level and region slugs, and either an annual salary
 * or a day rate, as typed ("£95,000" is fine). Bound from the address, never stored.
 */
record CheckerForm(String role, String level, String region, String salary, String dayRate) {

	static CheckerForm empty() {
		return new CheckerForm("", "", "", "", "");
	}

	boolean isEmpty() {
		return blank(this.role) && blank(this.level) && blank(this.region) && blank(this.salary) && blank(this.dayRate);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
