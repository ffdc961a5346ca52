/**
 * Postings read from employers' own job boards and careers pages (Greenhouse, Lever,
 * Ashby, Workable, SmartRecruiters, JSON-LD): sources, their runs, and how a feed's item
 * becomes a posting or a counted reason to leave it out.
 */
@OwnsTables({ "job_source", "job_source_skip" })
package uk.mljobs.imports;

import uk.mljobs.shared.OwnsTables;
