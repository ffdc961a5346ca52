package uk.mljobs.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The job search and the alert form make a page of every combination of their parameters;
 * crawlers are told to index the plain page only (a canonical link to it and
 * {@code noindex, follow} on the variants), while every other page stays indexable and
 * canonical to itself.
 */
@IntegrationTest
class SearchFormsForCrawlersTests {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "/jobs|/jobs|true", "/jobs?utm_source=newsletter&gclid=x|/jobs|true",
			"/jobs?q=&role=|/jobs|true", "/jobs?role=mlops-engineer|/jobs|false",
			"/jobs?q=python&workMode=remote&workMode=hybrid|/jobs|false", "/jobs?sort=newest|/jobs|false",
			"/jobs?page=2&region=london|/jobs|false", "/alerts/new|/alerts/new|true",
			"/alerts/new?q=python|/alerts/new|false", "/alerts/new?role=mlops-engineer&region=london|/alerts/new|false",
			"/salaries?role=mlops-engineer|/salaries?role=mlops-engineer|true",
			"/companies?sector=financial-services|/companies?sector=financial-services|true",
			"/roles/mlops-engineer|/roles/mlops-engineer|true" })
	void variantsOfASearchFormPointCrawlersAtThePlainForm(String url, String canonical, boolean indexable)
			throws Exception {
		String html = this.mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("link[rel=canonical]")).hasSize(1);
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080" + canonical);
		if (indexable) {
			assertThat(page.select("meta[name=robots]")).isEmpty();
		}
		else {
			assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
		}
	}

}
