package uk.mljobs.company;

import java.util.HashMap;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

import uk.mljobs.shared.UploadTooLarge;

/**
 * The logo upload form's errors, for the admin's page and the verified employer's alike:
 * one field, {@code file}, under the form name {@code logoForm} (the layout's error
 * summary links to it).
 */
public final class LogoForms {

	public static final String NAME = "logoForm";

	private LogoForms() {
	}

	/** No errors yet: for checking an upload. */
	public static BindingResult fresh() {
		return new MapBindingResult(new HashMap<>(), NAME);
	}

	/**
	 * Fresh errors for the page, with the upload limit's refusal when it sent us back.
	 */
	public static BindingResult errors(Model model, LogoProperties caps) {
		BindingResult errors = fresh();
		if (model.containsAttribute(UploadTooLarge.FLASH)) {
			errors.rejectValue("file", "tooLarge",
					"That file is far larger than a logo may be (at most "
							+ LogoCheck.kilobytes(caps.maxSize().toBytes())
							+ "). Save it smaller (fewer pixels, or as SVG) and upload it again.");
		}
		return errors;
	}

	/** 413 for a file too large, 400 for every other refusal. */
	public static HttpStatus status(Errors errors) {
		return (errors.getFieldError("file") != null && "tooLarge".equals(errors.getFieldError("file").getCode()))
				? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
	}

}
