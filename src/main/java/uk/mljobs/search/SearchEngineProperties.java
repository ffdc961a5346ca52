package uk.mljobs.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which engine answers job searches, bound from {@code mljobs.search.*}.
 *
 * @param engine {@code lucene}, {@code opensearch} or {@code postgres}
 */
@ConfigurationProperties("mljobs.search")
public record SearchEngineProperties(@DefaultValue("postgres") String engine) {
}
