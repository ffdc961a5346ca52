package uk.mljobs.job;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;

import uk.mljobs.system.Site;

/**
 * An Atom feed for any job search: the same parameters as {@code /jobs}, newest first, so
 * a feed reader can follow a search. The feed is dated by its newest entry, which is when
 * it last changed; an empty feed by the time it was asked for (Atom requires a date, and
 * 1970 told readers the search had been dead for decades).
 */
@Controller
class FeedController {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private final JobSearch search;

	private final Site site;

	private final Clock clock;

	FeedController(JobSearch search, Site site, Clock clock) {
		this.search = search;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping("/jobs/feed.atom")
	ResponseEntity<String> feed(@RequestParam MultiValueMap<String, String> parameters) throws XMLStreamException {
		Map<String, java.util.List<String>> newestFirst = new java.util.LinkedHashMap<>(parameters);
		newestFirst.put("sort", java.util.List.of("newest"));
		newestFirst.remove("page");
		SearchCriteria criteria = this.search.criteriaOf(newestFirst).requireValid();
		SearchResults results = this.search.search(criteria, JobSearch.Channel.FEED);
		SearchLinks links = new SearchLinks("/jobs", criteria.without("sort"));
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		element(xml, "title", this.site.name() + ": " + describe(criteria));
		element(xml, "id", this.site.absolute(links.page(1)));
		link(xml, "self", this.site.absolute(new SearchLinks("/jobs/feed.atom", criteria.without("sort")).page(1)));
		link(xml, "alternate", this.site.absolute(links.page(1)));
		Instant now = this.clock.instant();
		Instant updated = results.items()
			.stream()
			.map(PostingSummary::publishedAt)
			.filter(java.util.Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(now);
		element(xml, "updated", timestamp(updated, now));
		xml.writeStartElement("author");
		element(xml, "name", this.site.name());
		xml.writeEndElement();
		for (PostingSummary job : results.items()) {
			xml.writeStartElement("entry");
			element(xml, "title", job.title() + " at " + job.companyName());
			element(xml, "id", this.site.absolute("/jobs/" + job.id()));
			link(xml, "alternate", this.site.absolute(job.path()));
			element(xml, "updated", timestamp(job.publishedAt(), now));
			element(xml, "published", timestamp(job.publishedAt(), now));
			element(xml, "summary",
					job.pay() + " · " + job.employmentType().label() + " · "
							+ ((job.workMode() == WorkMode.REMOTE) ? "Remote" : job.townName())
							+ (job.sample() ? " · Sample" : ""));
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_ATOM_XML).body(out.toString());
	}

	private static String describe(SearchCriteria criteria) {
		return criteria.hasQuery() ? "jobs matching “" + criteria.q() + "”" : "newest machine learning jobs";
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

	/** RFC 3339, to the second; a posting never published yet counts as new now. */
	private static String timestamp(Instant instant, Instant now) {
		return DateTimeFormatter.ISO_INSTANT
			.format(((instant != null) ? instant : now).truncatedTo(ChronoUnit.SECONDS));
	}

}
