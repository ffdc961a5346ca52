package uk.mljobs.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Site-wide settings, bound from {@code mljobs.*}.
 *
 * @param name the site's name as shown in titles and structured data
 * @param baseUrl the public origin, used for canonical links and structured data
 * @param createDatabase whether start-up creates the configured database when it is
 * missing
 */
@ConfigurationProperties("mljobs")
public record SiteProperties(@DefaultValue("MLJobs UK") String name,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("true") boolean createDatabase) {

	public SiteProperties {
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

}
