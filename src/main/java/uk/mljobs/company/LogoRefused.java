package uk.mljobs.company;

/**
 * An uploaded file that cannot be a logo, with what to tell its uploader: shown as the
 * form's field error, never as an error page.
 */
class LogoRefused extends Exception {

	private final String code;

	LogoRefused(String code, String message) {
		super(message, null, false, false);
		this.code = code;
	}

	/** The field error's code: {@code tooLarge} answers 413, the rest 400. */
	String code() {
		return this.code;
	}

}
