package uk.mljobs.alert;

import java.time.Duration;

/** How often an alert's digest goes out. */
enum Frequency {

	DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

	private final Duration period;

	Frequency(Duration period) {
		this.period = period;
	}

	Duration period() {
		return this.period;
	}

}
