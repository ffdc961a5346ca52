package uk.mljobs.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which engine answers job searches and where it keeps its index, bound from
 * {@code mljobs.search.*}.
 *
 * @param engine {@code lucene} (the default: an index on this machine's disk),
 * {@code opensearch} (a shared OpenSearch cluster) or {@code postgres} (no index: SQL
 * over the posting table)
 * @param indexDir where the Lucene index lives; a folder of its own, kept across restarts
 * @param poll how often an index checks for changes when no notice has come
 * @param keepChanges how long the change feed keeps changes; an instance away for longer
 * rebuilds its index when it returns
 * @param opensearch the cluster and index for {@code opensearch}
 */
@ConfigurationProperties("mljobs.search")
public record SearchEngineProperties(@DefaultValue("lucene") String engine,
		@DefaultValue("data/search-index") Path indexDir, @DefaultValue("1s") Duration poll,
		@DefaultValue("2d") Duration keepChanges, @DefaultValue OpenSearch opensearch) {

	/**
	 * @param url the cluster's address
	 * @param index the index name (an alias pointing at the live index)
	 * @param lease how long the instance feeding the index holds it without renewing
	 */
	public record OpenSearch(@DefaultValue("http://localhost:9200") String url,
			@DefaultValue("mljobs-postings") String index, @DefaultValue("15s") Duration lease) {
	}

}
