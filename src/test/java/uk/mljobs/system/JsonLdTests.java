package uk.mljobs.system;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class JsonLdTests {

	private final Site site = mock(Site.class);

	private final JsonLd jsonLd = new JsonLd(JsonMapper.builder().build(), this.site);

	@Test
	void storedTextCannotCloseTheScriptElement() {
		String rendered = this.jsonLd.render(Map.of("name", "</script><script>alert(1)</script> & more"));
		assertThat(rendered).doesNotContain("<", ">", "&");
		assertThat(JsonMapper.builder().build().readTree(rendered).get("name").asString())
			.isEqualTo("</script><script>alert(1)</script> & more");
	}

	@Test
	void aTrailStartsAtHomeAndNamesEachPageByItsAddress() {
		given(this.site.absolute(anyString())).willAnswer((call) -> "https://mljobs.example" + call.getArgument(0));
		String rendered = this.jsonLd.breadcrumbs(new JsonLd.Crumb("Companies", "/companies"),
				new JsonLd.Crumb("</script> & Co", "/companies/co"));
		assertThat(rendered).doesNotContain("<", ">", "&");
		JsonNode list = JsonMapper.builder().build().readTree(rendered);
		assertThat(list.get("@type").asString()).isEqualTo("BreadcrumbList");
		assertThat(list.at("/itemListElement/0/name").asString()).isEqualTo("Home");
		assertThat(list.at("/itemListElement/0/item").asString()).isEqualTo("https://mljobs.example/");
		assertThat(list.at("/itemListElement/2/position").asInt()).isEqualTo(3);
		assertThat(list.at("/itemListElement/2/name").asString()).isEqualTo("</script> & Co");
		assertThat(list.at("/itemListElement/2/item").asString()).isEqualTo("https://mljobs.example/companies/co");
	}

}
