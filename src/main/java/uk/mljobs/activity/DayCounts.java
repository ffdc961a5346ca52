package uk.mljobs.activity;

import java.time.LocalDate;

/** One day's counts of a posting, zero on days without any. */
public record DayCounts(LocalDate day, ActivityTotals totals) {

}
