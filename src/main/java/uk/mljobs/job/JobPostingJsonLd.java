package uk.mljobs.job;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.mljobs.market.Nation;
import uk.mljobs.shared.UkTime;
import uk.mljobs.system.Site;

/**
 * schema.org JobPosting for Google for Jobs, following Google's required and recommended
 * properties. Only postings that take applications get it; ended ones must not.
 */
@Component
class JobPostingJsonLd {

	private static final ZoneId LONDON = UkTime.ZONE;

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
		// The employer's own site says who it is; our page about it would not, so with no
		// site on file there is nothing to say.
		if (posting.company().website() != null) {
			organization.put("sameAs", posting.company().website());
		}
		if (posting.company().logoUrl() != null) {
			organization.put("logo", posting.company().logoUrl());
		}
		if (posting.company().logo() != null) {
			organization.put("logo", this.site.absolute(posting.company().logo().path()));
		}
		job.put("hiringOrganization", organization);
		if (posting.workMode() == WorkMode.REMOTE) {
			job.put("jobLocationType", "TELECOMMUTE");
			job.put("applicantLocationRequirements", applicants(posting.remoteResidency()));
		}
		else {
			job.put("jobLocation", Map.of("@type", "Place", "address", address(posting)));
		}
		job.put("baseSalary",
				Map.of("@type", "MonetaryAmount", "currency", "GBP", "value",
						Map.of("@type", "QuantitativeValue", "minValue", posting.payMin(), "maxValue", posting.payMax(),
								"unitText", posting.perDay() ? "DAY" : "YEAR")));
		job.put("directApply", false);
		job.put("url", this.site.absolute(posting.path()));
		if (posting.lastSeenOnSource() != null) {
			// Read from the employer's own careers site: the same job, at its source.
			job.put("sameAs", posting.applyHref());
		}
		return job;
	}

	/**
	 * Where the job is. Its region is the nation (England, Scotland, Wales, Northern
	 * Ireland), or left out where we cannot tell: our pay regions are no place ("Rest of
	 * UK").
	 */
	private static Map<String, Object> address(PostingPage posting) {
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		address.put("addressLocality", posting.town().name());
		Nation.of(posting.region(), posting.town())
			.ifPresent((nation) -> address.put("addressRegion", nation.displayName()));
		address.put("addressCountry", "GB");
		return address;
	}

	private static Object employmentType(EmploymentType type) {
		return switch (type) {
			case PERMANENT_FULL_TIME -> "FULL_TIME";
			case PERMANENT_PART_TIME -> "PART_TIME";
			case CONTRACT -> "CONTRACTOR";
			case FIXED_TERM -> List.of("FULL_TIME", "TEMPORARY");
		};
	}

	/** Names of the United Kingdom and its nations, as recruiters write them. */
	private static final Set<String> UK = Set.of("uk", "u.k.", "united kingdom", "gb", "great britain", "britain",
			"england", "scotland", "wales", "northern ireland");

	/** Every country by its English name and its two-letter code, lower-cased. */
	private static final Map<String, String> COUNTRIES = countries();

	/**
	 * The countries a recruiter's "where applicants must live" names ("UK or Ireland",
	 * "UK, Portugal"), each as Google wants it: a schema.org Country by its English name.
	 * Words that name no country ("Europe", "commuting distance") are left out, and with
	 * no country named at all the answer is the United Kingdom, this board's country.
	 */
	static Object applicants(String residency) {
		Set<String> names = new LinkedHashSet<>();
		for (String part : ((residency == null) ? "" : residency).split("(?i),|;|/|&|\\bor\\b|\\band\\b|\\+")) {
			String token = part.strip().toLowerCase(Locale.ROOT);
			if (UK.contains(token)) {
				names.add("United Kingdom");
			}
			else if (COUNTRIES.containsKey(token)) {
				names.add(COUNTRIES.get(token));
			}
		}
		if (names.isEmpty()) {
			names.add("United Kingdom");
		}
		List<Map<String, Object>> countries = names.stream()
			.map((name) -> Map.<String, Object>of("@type", "Country", "name", name))
			.toList();
		return (countries.size() == 1) ? countries.get(0) : countries;
	}

	private static Map<String, String> countries() {
		Map<String, String> countries = new HashMap<>();
		for (String code : Locale.getISOCountries()) {
			String name = new Locale("", code).getDisplayCountry(Locale.UK);
			countries.put(name.toLowerCase(Locale.ROOT), name);
			countries.put(code.toLowerCase(Locale.ROOT), name);
		}
		countries.put("ireland", "Ireland");
		countries.put("usa", "United States");
		countries.put("us", "United States");
		return Map.copyOf(countries);
	}

}
