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
 * @param concurrency searches that may run at once, the others waiting their turn; 0 for
 * twice the processors
 * @param lucene the Lucene engine beside another configured one
 * @param opensearch the cluster and index for {@code opensearch}
 */
@ConfigurationProperties("mljobs.search")
public record SearchEngineProperties(@DefaultValue("lucene") String engine,
		@DefaultValue("data/search-index") Path indexDir, @DefaultValue("1s") Duration poll,
		@DefaultValue("2d") Duration keepChanges, @DefaultValue("0") int concurrency, @DefaultValue Lucene lucene,
		@DefaultValue OpenSearch opensearch) {

	/**
	 * @param enabled run this engine beside another configured one (its tests do)
	 */
	public record Lucene(@DefaultValue("false") boolean enabled) {
	}

	/**
	 * @param url the cluster's address
	 * @param index the alias searches use; it points at the live index, which a rebuild
	 * replaces
	 * @param lease how long the instance feeding the index holds it without renewing
	 * @param replicas copies of the index's one shard besides the primary
	 * @param enabled run this engine beside another configured one (its tests do)
	 */
	public record OpenSearch(@DefaultValue("http://localhost:9200") String url,
			@DefaultValue("mljobs-postings") String index, @DefaultValue("15s") Duration lease,
			@DefaultValue("0") int replicas, @DefaultValue("false") boolean enabled) {
	}

}
