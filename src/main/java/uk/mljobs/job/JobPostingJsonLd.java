package uk.mljobs.job;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.mljobs.system.Site;

/**
 * schema.org JobPosting for Google for Jobs, following Google's required and recommended
 * properties. Only postings that take applications get it; ended ones must not.
 */
@Component
class JobPostingJsonLd {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final Site site;

	JobPostingJsonLd(Site site) {
		this.site = site;
	}

	/** The structured data, or null when the posting no longer takes applications. */
	Map<String, Object> of(PostingPage posting) {
		if (!posting.acceptingApplications() || posting.postedOn() == null) {
			return null;
		}
		Map<String, Object> job = new LinkedHashMap<>();
		job.put("@context", "https://schema.org/");
		job.put("@type", "JobPosting");
		job.put("title", posting.title());
		job.put("description", posting.descriptionHtml());
		job.put("identifier",
				Map.of("@type", "PropertyValue", "name", this.site.name(), "value", String.valueOf(posting.id())));
		job.put("datePosted", posting.postedOn().toString());
		job.put("validThrough",
				posting.closesOn()
					.atTime(LocalTime.of(23, 59, 59))
					.atZone(LONDON)
					.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		job.put("employmentType", employmentType(posting.employmentType()));
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@type", "Organization");
		organization.put("name", posting.company().name());
		organization.put("sameAs", (posting.company().website() != null) ? posting.company().website()
				: this.site.absolute(posting.company().path()));
		job.put("hiringOrganization", organization);
		if (posting.workMode() == WorkMode.REMOTE) {
			job.put("jobLocationType", "TELECOMMUTE");
			job.put("applicantLocationRequirements", applicants(posting.remoteResidency()));
		}
		else {
			job.put("jobLocation",
					Map.of("@type", "Place", "address", Map.of("@type", "PostalAddress", "addressLocality",
							posting.town().name(), "addressRegion", posting.region().name(), "addressCountry", "GB")));
		}
		job.put("baseSalary",
				Map.of("@type", "MonetaryAmount", "currency", "GBP", "value",
						Map.of("@type", "QuantitativeValue", "minValue", posting.payMin(), "maxValue", posting.payMax(),
								"unitText", posting.perDay() ? "DAY" : "YEAR")));
		job.put("directApply", false);
		job.put("url", this.site.absolute(posting.path()));
		return job;
	}

	private static Object employmentType(EmploymentType type) {
		return switch (type) {
			case PERMANENT_FULL_TIME -> "FULL_TIME";
			case PERMANENT_PART_TIME -> "PART_TIME";
			case CONTRACT -> "CONTRACTOR";
			case FIXED_TERM -> List.of("FULL_TIME", "TEMPORARY");
		};
	}

	/** "UK" (the default) is the United Kingdom; anything else is named as given. */
	private static Map<String, Object> applicants(String residency) {
		String where = (residency == null) ? "UK" : residency.strip();
		boolean uk = where.equalsIgnoreCase("UK") || where.equalsIgnoreCase("United Kingdom");
		return Map.of("@type", "Country", "name", uk ? "United Kingdom" : where);
	}

}
