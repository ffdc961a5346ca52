package uk.mljobs.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Job search settings, bound from {@code mljobs.search.*}.
 *
 * @param facetCache how long a search's facet counts are reused; {@code 0} turns the
 * cache off. Result lists are never cached.
 * @param facetCacheSize how many searches' facet counts are kept at most
 */
@ConfigurationProperties("mljobs.search")
record SearchProperties(@DefaultValue("30s") Duration facetCache, @DefaultValue("2000") int facetCacheSize) {
}
