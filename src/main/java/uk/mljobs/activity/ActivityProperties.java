package uk.mljobs.activity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for posting activity ({@code mljobs.activity.*}).
 *
 * @param flushInterval how often each instance writes the counts it holds in memory
 * @param days how many days a recruiter's activity page shows
 * @param fewestComparable how many other postings of the same role and level a median
 * needs before the page shows it, so no single competitor's numbers can be read from it
 */
@ConfigurationProperties("mljobs.activity")
record ActivityProperties(@DefaultValue("5s") Duration flushInterval, @DefaultValue("30") int days,
		@DefaultValue("5") int fewestComparable) {

}
