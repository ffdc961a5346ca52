/**
 * What every page shares: the home page, site details for the layout, structured data and
 * error pages.
 */
package uk.mljobs.web;
