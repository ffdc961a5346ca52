package uk.mljobs.imports;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyView;
import uk.mljobs.job.ImportedPostings;
import uk.mljobs.shared.Choices;
import uk.mljobs.shared.NotFoundException;

/**
 * What admins do with sources: list them with what their last runs found, add one for a
 * listed company, run one now, pause and resume it, and choose whether its postings go
 * live at once or wait for review.
 */
@Service
class SourceAdmin {

	private static final Logger log = LoggerFactory.getLogger(SourceAdmin.class);

	/** Board tokens, account and site names as the ATSs hand them out. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private final Sources sources;

	private final SourceRuns runs;

	private final CompanyDirectory companies;

	private final ImportedPostings postings;

	SourceAdmin(Sources sources, SourceRuns runs, CompanyDirectory companies, ImportedPostings postings) {
		this.sources = sources;
		this.runs = runs;
		this.companies = companies;
		this.postings = postings;
	}

	/**
	 * A source with its company, and how many postings it has open now.
	 */
	record Row(Source source, CompanyView company, long open) {

	}

	List<Row> rows() {
		Map<Long, Long> open = this.postings.openBySource();
		return this.sources.all()
			.stream()
			.map((source) -> new Row(source, company(source), open.getOrDefault(source.id(), 0L)))
			.sorted(Comparator.comparing((Row row) -> row.company().name()).thenComparing((row) -> row.source().id()))
			.toList();
	}

	Row row(long id) {
		Source source = this.sources.find(id).orElseThrow(() -> NotFoundException.of("source", String.valueOf(id)));
		return new Row(source, company(source), this.postings.openBySource().getOrDefault(id, 0L));
	}

	List<Sources.Skip> skips(long id) {
		return this.sources.skips(id);
	}

	List<ImportedPostings.Summary> postings(long id) {
		return this.postings.ofSource(id, 100);
	}

	List<CompanyView> companies() {
		return this.companies.companies(null, null);
	}

	/** Adds the source, or records why not in {@code errors}. */
	Optional<Long> create(SourceForm form, Errors errors, long adminId) {
		CompanyView company = this.companies.company(String.valueOf(form.company())).orElse(null);
		if (company == null) {
			errors.rejectValue("company", "choice", "Choose a listed company.");
		}
		SourceKind kind = Choices.constant(SourceKind.class, form.kind()).orElse(null);
		if (kind == null) {
			errors.rejectValue("kind", "choice", "Choose the kind of feed.");
		}
		String token = (form.token() != null) ? form.token().strip() : "";
		if (token.isEmpty()) {
			errors.rejectValue("token", "required",
					(kind != null) ? "Give the " + kind.tokenHint() + "." : "Give the board's token or address.");
		}
		else if (kind == SourceKind.JSONLD) {
			if (token.length() > 500 || !JsonLdFeed.isPage(token)) {
				errors.rejectValue("token", "url", "Give the careers page's address, starting https://.");
			}
		}
		else if (kind != null && !TOKEN.matcher(token).matches()) {
			errors.rejectValue("token", "format",
					"Give the " + kind.tokenHint() + ": letters, digits, dots, hyphens and underscores only.");
		}
		if (!"review".equals(form.publish()) && !"direct".equals(form.publish())) {
			errors.rejectValue("publish", "choice", "Choose whether postings wait for review or go live at once.");
		}
		if (kind != null && !errors.hasFieldErrors("token")) {
			this.sources.find(kind, token)
				.ifPresent((existing) -> errors.rejectValue("token", "taken",
						"This feed is already a source, for " + company(existing).name() + "."));
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		long id = this.sources.create(company.id(), kind, token, "direct".equals(form.publish()), false, adminId);
		log.info("Admin {} added source {} ({} {}) for {}", adminId, id, kind.slug(), token, company.slug());
		return Optional.of(id);
	}

	void runNow(long id) {
		row(id);
		this.runs.runSoon(id);
	}

	void pause(long id, long adminId) {
		row(id);
		this.sources.pause(id, "Paused by an admin");
		log.info("Admin {} paused source {}", adminId, id);
	}

	void resume(long id, long adminId) {
		row(id);
		this.sources.resume(id);
		log.info("Admin {} resumed source {}", adminId, id);
	}

	void publish(long id, boolean direct, long adminId) {
		Row row = row(id);
		this.sources.update(id, row.source().companyId(), direct);
		log.info("Admin {} set source {} to publish {}", adminId, id, direct ? "directly" : "after review");
	}

	private CompanyView company(Source source) {
		return this.companies.company(source.companyId()).orElseThrow();
	}

}
