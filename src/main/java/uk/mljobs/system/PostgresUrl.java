package uk.mljobs.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a {@code jdbc:postgresql://host:port/database?params} URL that start-up
 * needs to create a missing database.
 */
record PostgresUrl(String prefix, String database, String params) {

	private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]*/)([^?]+)(\\?.*)?$");

	/** Database names we are willing to create: plain identifiers only. */
	private static final Pattern SAFE_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,62}$");

	static PostgresUrl parse(String url) {
		Matcher matcher = URL.matcher(url);
		if (!matcher.matches()) {
			return null;
		}
		return new PostgresUrl(matcher.group(1), matcher.group(2), (matcher.group(3) != null) ? matcher.group(3) : "");
	}

	/**
	 * The same server's maintenance database, from which {@code CREATE DATABASE} can run.
	 */
	String maintenanceUrl() {
		return this.prefix + "postgres" + this.params;
	}

	boolean creatable() {
		return SAFE_NAME.matcher(this.database).matches();
	}

}
