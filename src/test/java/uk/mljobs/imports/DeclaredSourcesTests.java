package uk.mljobs.imports;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sources declared in configuration are created at start-up, updated (not doubled) at the
 * next, and a declaration naming an unknown company, kind or publishing mode stops the
 * start with the setting to fix.
 */
@IntegrationTest
class DeclaredSourcesTests extends StubbedFeeds {

	@Autowired
	private Sources sources;

	@Autowired
	private CompanyDirectory companies;

	@Test
	void declaredSourcesAreCreatedThenUpdated() {
		starting(new ImportProperties.Declared("monzo", "greenhouse", "example", null, "review"),
				new ImportProperties.Declared("arm", "jsonld", null, "https://careers.example.org/jobs", "direct"));
		assertThat(this.sources.all()).extracting(Source::kind, Source::token, Source::direct, Source::declared)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(SourceKind.GREENHOUSE, "example", false, true),
					org.assertj.core.groups.Tuple.tuple(SourceKind.JSONLD, "https://careers.example.org/jobs", true,
							true));
		starting(new ImportProperties.Declared("monzo", "greenhouse", "example", null, "direct"));
		assertThat(this.sources.find(SourceKind.GREENHOUSE, "example").orElseThrow().direct()).isTrue();
		assertThat(this.sources.all()).hasSize(2);
	}

	@Test
	void aBadDeclarationStopsTheStartNamingTheSetting() {
		assertThatThrownBy(() -> starting(new ImportProperties.Declared("nobody", "greenhouse", "x", null, "review")))
			.hasMessage("mljobs.import.sources[0].company: no listed company has the slug 'nobody'");
		assertThatThrownBy(() -> starting(new ImportProperties.Declared("monzo", "taleo", "x", null, "review")))
			.hasMessageStartingWith("mljobs.import.sources[0].kind: 'taleo' is not one of greenhouse");
		assertThatThrownBy(() -> starting(new ImportProperties.Declared("monzo", "lever", "", null, "review")))
			.hasMessage("mljobs.import.sources[0].token: give the site name (jobs.lever.co/<site>)");
		assertThatThrownBy(() -> starting(new ImportProperties.Declared("monzo", "lever", "x", null, "sometimes")))
			.hasMessage("mljobs.import.sources[0].publish: 'direct' or 'review', not 'sometimes'");
		assertThat(this.sources.all()).isEmpty();
	}

	private void starting(ImportProperties.Declared... declared) {
		ImportProperties.Endpoint endpoint = new ImportProperties.Endpoint(null);
		ImportProperties properties = new ImportProperties("-", Duration.ofHours(1), List.of(declared), endpoint,
				endpoint, endpoint, endpoint, endpoint, endpoint, Duration.ofSeconds(5), Duration.ofSeconds(30),
				8_000_000, Duration.ZERO, 1, Duration.ofMillis(10), Duration.ofSeconds(60), 5, true);
		new DeclaredSources(properties, this.sources, this.companies).run(null);
	}

}
