/**
 * Employers known to hire ML engineers in the UK, their sectors, the sectors building ML
 * platforms, and where the jobs are.
 */
package uk.mljobs.company;
