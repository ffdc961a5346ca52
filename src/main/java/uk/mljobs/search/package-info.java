/**
 * Job search engines: matching, counting and ordering live postings behind one interface,
 * with an embedded Lucene index by default, OpenSearch for several machines, and
 * PostgreSQL standing in while an index is built.
 */
@OwnsTables({ "search_change", "search_change_horizon", "search_feed", "search_synonym" })
package uk.mljobs.search;

import uk.mljobs.shared.OwnsTables;
