/**
 * Job search engines: matching, counting and ordering live postings behind one interface,
 * with an embedded Lucene index by default, OpenSearch for several machines, and
 * PostgreSQL standing in while an index is built.
 */
package uk.mljobs.search;
