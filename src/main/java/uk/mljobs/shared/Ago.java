package uk.mljobs.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * How long ago something happened, in the words a page uses: "just now", "5 minutes ago",
 * "2 hours ago", "3 days ago". Templates call it as {@code ${@ago.since(when)}}.
 */
@Component("ago")
public class Ago {

	private final Clock clock;

	public Ago(Clock clock) {
		this.clock = clock;
	}

	public String since(Instant then) {
		return (then == null) ? "never" : words(Duration.between(then, this.clock.instant()));
	}

	/** "In 40 minutes", "in 2 hours", or "now" once it is due. */
	public String until(Instant when) {
		if (when == null) {
			return "not scheduled";
		}
		Duration left = Duration.between(this.clock.instant(), when);
		return (left.toMinutes() < 1) ? "now" : "in " + words(left).replace(" ago", "");
	}

	static String words(Duration elapsed) {
		long minutes = Math.max(0, elapsed.toMinutes());
		if (minutes < 1) {
			return "just now";
		}
		if (minutes < 60) {
			return plural(minutes, "minute") + " ago";
		}
		long hours = minutes / 60;
		if (hours < 48) {
			return plural(hours, "hour") + " ago";
		}
		return plural(hours / 24, "day") + " ago";
	}

	private static String plural(long n, String unit) {
		return n + " " + unit + ((n == 1) ? "" : "s");
	}

}
