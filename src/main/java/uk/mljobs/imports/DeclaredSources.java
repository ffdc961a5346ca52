package uk.mljobs.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyView;
import uk.mljobs.shared.Choices;

/**
 * Sources declared in configuration ({@code mljobs.import.sources[n].*}), for deployments
 * configured as code: created at start-up, or updated where one of the kind and token
 * exists. A declaration that names no listed company or no known kind stops the start,
 * saying which.
 */
@Component
@Order(5)
class DeclaredSources implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DeclaredSources.class);

	private final ImportProperties properties;

	private final Sources sources;

	private final CompanyDirectory companies;

	DeclaredSources(ImportProperties properties, Sources sources, CompanyDirectory companies) {
		this.properties = properties;
		this.sources = sources;
		this.companies = companies;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (int n = 0; n < this.properties.sources().size(); n++) {
			ImportProperties.Declared declared = this.properties.sources().get(n);
			String where = "mljobs.import.sources[" + n + "]";
			SourceKind kind = Choices.constant(SourceKind.class, String.valueOf(declared.kind()))
				.orElseThrow(() -> new IllegalStateException(where + ".kind: '" + declared.kind()
						+ "' is not one of greenhouse, lever, lever-eu, ashby, workable, smartrecruiters, jsonld"));
			CompanyView company = this.companies.company(String.valueOf(declared.company()))
				.orElseThrow(() -> new IllegalStateException(
						where + ".company: no listed company has the slug '" + declared.company() + "'"));
			String token = (kind == SourceKind.JSONLD) ? declared.url() : declared.token();
			if (token == null || token.isBlank()) {
				throw new IllegalStateException(
						where + ((kind == SourceKind.JSONLD) ? ".url" : ".token") + ": give the " + kind.tokenHint());
			}
			if (kind == SourceKind.JSONLD) {
				JsonLdFeed.page(token);
			}
			String publish = String.valueOf(declared.publish());
			if (!publish.equals("direct") && !publish.equals("review")) {
				throw new IllegalStateException(where + ".publish: 'direct' or 'review', not '" + publish + "'");
			}
			boolean direct = publish.equals("direct");
			String clean = token.strip();
			this.sources.find(kind, clean).ifPresentOrElse((existing) -> {
				this.sources.update(existing.id(), company.id(), direct);
				log.info("Source {} ({} {}) updated from configuration", existing.id(), kind.slug(), clean);
			}, () -> {
				long id = this.sources.create(company.id(), kind, clean, direct, true, null);
				log.info("Source {} ({} {}) created from configuration", id, kind.slug(), clean);
			});
		}
	}

}
