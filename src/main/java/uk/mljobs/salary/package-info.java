/**
 * Pay reference data: curated salary bands by role, level and region, contract day rates
 * and market-wide salary figures.
 */
package uk.mljobs.salary;
