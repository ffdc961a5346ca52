package uk.mljobs.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML Checker, run offline: the same engine as validator.w3.org/nu.
 */
public final class HtmlChecker {

	private HtmlChecker() {
	}

	/** The checker's errors on a page, one line each; warnings are left out. */
	public static List<String> errorsIn(byte[] html) throws Exception {
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
