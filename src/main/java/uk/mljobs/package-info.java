/**
 * MLJobs UK: role guides, pay data and job search for the UK machine-learning job market.
 */
package uk.mljobs;
