/**
 * Pay reference data: curated salary bands by role, level and region, contract day rates
 * and market-wide salary figures.
 */
@OwnsTables({ "salary_band", "salary_band_change", "salary_band_change_field", "day_rate", "market_salary" })
package uk.mljobs.salary;

import uk.mljobs.shared.OwnsTables;
