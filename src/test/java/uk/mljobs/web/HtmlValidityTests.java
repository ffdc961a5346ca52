package uk.mljobs.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page, error pages included, passes the W3C Nu HTML Checker (run offline, the same
 * engine as validator.w3.org/nu) with no errors.
 */
@IntegrationTest
class HtmlValidityTests {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/roles", "/roles/mlops-engineer", "/roles/machine-learning-engineer", "/salaries",
			"/salaries?role=mlops-engineer&region=london", "/companies", "/companies?sector=financial-services",
			"/companies/gchq-ncsc", "/companies/booking-com", "/roles/no-such-role", "/salaries?region=atlantis" })
	void pageIsValidHtml(String path) throws Exception {
		byte[] html = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray();
		assertThat(errorsIn(html)).as("Nu HTML Checker errors on %s", path).isEmpty();
	}

	private static List<String> errorsIn(byte[] html) throws Exception {
		List<String> errors = new ArrayList<>();
		ErrorHandler collector = new ErrorHandler() {

			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add(describe(ex));
			}

			@Override
			public void fatalError(SAXParseException ex) {
				errors.add(describe(ex));
			}

		};
		SimpleDocumentValidator validator = new SimpleDocumentValidator();
		validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
		validator.setUpValidatorAndParsers(collector, false, false);
		InputSource source = new InputSource(new ByteArrayInputStream(html));
		source.setEncoding(StandardCharsets.UTF_8.name());
		validator.checkHtmlInputSource(source);
		return errors;
	}

	private static String describe(SAXParseException ex) {
		return "line " + ex.getLineNumber() + ": " + ex.getMessage();
	}

}
