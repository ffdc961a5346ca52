package uk.mljobs.web;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyView;
import uk.mljobs.job.JobSearch;
import uk.mljobs.job.PostingSummary;
import uk.mljobs.market.Market;
import uk.mljobs.market.RoleView;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.system.Site;

/**
 * What crawlers read: robots.txt, and a sitemap index of the guides, companies and every
 * live posting, in files within the protocol's limit.
 */
@Controller
class CrawlerController {

	/** The sitemap protocol's limit for one file. */
	static final int SITEMAP_LIMIT = 50_000;

	private final Site site;

	private final Market market;

	private final CompanyDirectory companies;

	private final JobSearch jobs;

	CrawlerController(Site site, Market market, CompanyDirectory companies, JobSearch jobs) {
		this.site = site;
		this.market = market;
		this.companies = companies;
		this.jobs = jobs;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		// Apply links count clicks (activity.Visitors): a crawler has nothing to find
		// there.
		String body = "User-agent: *\nDisallow: /recruiter\nDisallow: /admin\nDisallow: /account\nDisallow: /me\n"
				+ "Disallow: /login\nDisallow: /register\nDisallow: /jobs/*/apply\n\nSitemap: "
				+ this.site.absolute("/sitemap.xml") + "\n";
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
	}

	/**
	 * The sitemap index: the site's pages in one file, the live postings in files of
	 * {@value #SITEMAP_LIMIT}, as many as there are.
	 */
	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemapIndex() throws XMLStreamException {
		long files = Math.max(1, (this.jobs.liveCount() + SITEMAP_LIMIT - 1) / SITEMAP_LIMIT);
		return xml("sitemapindex", (xml) -> {
			sitemap(xml, "/sitemap-pages.xml");
			for (long file = 1; file <= files; file++) {
				sitemap(xml, "/sitemap-jobs-" + file + ".xml");
			}
		});
	}

	@GetMapping("/sitemap-pages.xml")
	ResponseEntity<String> pages() throws XMLStreamException {
		return xml("urlset", (xml) -> {
			for (String path : List.of("/", "/roles", "/salaries", "/salaries/checker", "/companies", "/jobs")) {
				url(xml, path, null);
			}
			for (RoleView role : this.market.roles()) {
				url(xml, role.path(), null);
			}
			for (CompanyView company : this.companies.companies(null, null)) {
				url(xml, company.path(), null);
			}
		});
	}

	@GetMapping("/sitemap-jobs-{file}.xml")
	ResponseEntity<String> jobs(@PathVariable String file) throws XMLStreamException {
		if (!file.matches("[1-9]\\d{0,5}")) {
			throw NotFoundException.of("sitemap", file);
		}
		List<PostingSummary> page = this.jobs.livePage(Integer.parseInt(file), SITEMAP_LIMIT);
		if (page.isEmpty() && !"1".equals(file)) {
			throw NotFoundException.of("sitemap", file);
		}
		return xml("urlset", (xml) -> {
			for (PostingSummary job : page) {
				url(xml, job.path(), (job.publishedAt() != null)
						? job.publishedAt().atZone(ZoneOffset.UTC).toLocalDate().toString() : null);
			}
		});
	}

	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	private static ResponseEntity<String> xml(String root, Body body) throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement(root);
		xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
		body.write(xml);
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
	}

	private void sitemap(XMLStreamWriter xml, String path) throws XMLStreamException {
		xml.writeStartElement("sitemap");
		xml.writeStartElement("loc");
		xml.writeCharacters(this.site.absolute(path));
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private void url(XMLStreamWriter xml, String path, String lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		xml.writeStartElement("loc");
		xml.writeCharacters(this.site.absolute(path));
		xml.writeEndElement();
		if (lastModified != null) {
			xml.writeStartElement("lastmod");
			xml.writeCharacters(lastModified);
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

}
