package uk.mljobs.web;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyView;
import uk.mljobs.job.JobSearch;
import uk.mljobs.job.PostingSummary;
import uk.mljobs.market.Market;
import uk.mljobs.market.RoleView;
import uk.mljobs.system.Site;

/**
 * What crawlers read: robots.txt, and a sitemap of the guides, companies and live
 * postings.
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
		String body = "User-agent: *\nDisallow: /recruiter\nDisallow: /admin\nDisallow: /account\n"
				+ "Disallow: /login\nDisallow: /register\n\nSitemap: " + this.site.absolute("/sitemap.xml") + "\n";
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
		for (String path : List.of("/", "/roles", "/salaries", "/companies", "/jobs")) {
			url(xml, path);
		}
		for (RoleView role : this.market.roles()) {
			url(xml, role.path());
		}
		List<CompanyView> companies = this.companies.companies(null, null);
		for (CompanyView company : companies) {
			url(xml, company.path());
		}
		int room = SITEMAP_LIMIT - 5 - this.market.roles().size() - companies.size();
		for (PostingSummary job : this.jobs.newest(null, null, room)) {
			url(xml, job.path());
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
	}

	private void url(XMLStreamWriter xml, String path) throws XMLStreamException {
		xml.writeStartElement("url");
		xml.writeStartElement("loc");
		xml.writeCharacters(this.site.absolute(path));
		xml.writeEndElement();
		xml.writeEndElement();
	}

}
