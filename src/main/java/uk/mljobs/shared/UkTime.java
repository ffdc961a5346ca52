package uk.mljobs.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * UK time, the one zone the site's dates are in: the day a posting went up or closes, a
 * month of pay figures, when a scheduled job runs. Time itself comes from the injected
 * {@link Clock}; this says where on the calendar it falls.
 */
public final class UkTime {

	/**
	 * For annotations ({@code @Scheduled(zone = ...)}) and SQL's {@code AT TIME ZONE}.
	 */
	public static final String ZONE_ID = "Europe/London";

	public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

	private UkTime() {
	}

	/** Today's date in the UK by the clock. */
	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** The UK date at an instant. */
	public static LocalDate dateOf(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}

}
