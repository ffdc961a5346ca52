package uk.mljobs.web;

import java.beans.PropertyEditorSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import uk.mljobs.shared.InvalidParameterException;
import uk.mljobs.shared.Text;

/**
 * Every text field of every form loses control characters before it is bound, so nothing
 * stored can make a page invalid (see {@link Text#clean}); and a parameter that names a
 * list element far beyond any form ({@code rows[5000].title}) is a 400 before binding,
 * where Spring's constructor binding would otherwise fail with an index error; so is an
 * index that is not a number ({@code tools[x]}, {@code tools[-1]}).
 */
@ControllerAdvice
class InputCleaning {

	/** Above any list a form of ours shows, below Spring's auto-grow limit of 256. */
	static final int LARGEST_INDEX = 250;

	private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]?");

	private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");

	@InitBinder
	void refuseOddIndexes(HttpServletRequest request) {
		for (String name : request.getParameterMap().keySet()) {
			Matcher index = INDEX.matcher(name);
			while (index.find()) {
				// Our forms only ever index lists by number: tools[x], tools[-1] and
				// tools[]
				// made Spring's binder fail with a 500.
				if (!NUMBER.matcher(index.group(1)).matches() || !index.group(0).endsWith("]")) {
					throw InvalidParameterException.invalid("form",
							"The form has a field we do not know. Reload the page and try again.");
				}
				if (Integer.parseInt(index.group(1)) > LARGEST_INDEX) {
					throw InvalidParameterException.invalid("form",
							"The form has more rows than we accept (at most " + LARGEST_INDEX + ").");
				}
			}
		}
	}

	@InitBinder
	void cleanText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(Text.clean(text));
			}

		});
	}

}
