package uk.mljobs.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import uk.mljobs.shared.Text;

/**
 * Every text field of every form loses control characters before it is bound, so nothing
 * stored can make a page invalid (see {@link Text#clean}).
 */
@ControllerAdvice
class InputCleaning {

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
