package uk.mljobs.system;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLdTests {

	private final JsonLd jsonLd = new JsonLd(JsonMapper.builder().build());

	@Test
	void storedTextCannotCloseTheScriptElement() {
		String rendered = this.jsonLd.render(Map.of("name", "</script><script>alert(1)</script> & more"));
		assertThat(rendered).doesNotContain("<", ">", "&");
		assertThat(JsonMapper.builder().build().readTree(rendered).get("name").asString())
			.isEqualTo("</script><script>alert(1)</script> & more");
	}

}
