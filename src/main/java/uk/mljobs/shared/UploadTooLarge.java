package uk.mljobs.shared;

/**
 * A file larger than the server takes in one upload never reaches its controller: the web
 * layer sends the browser back to the form's page (every upload form posts to its own
 * page's address) with a flash attribute of this name, and the page shows it as the file
 * field's error instead of a bare error page.
 */
public final class UploadTooLarge {

	public static final String FLASH = "uploadTooLarge";

	private UploadTooLarge() {
	}

}
