package uk.mljobs.company;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats a logo may be: what browsers show everywhere and Google accepts for a
 * hiring organisation's logo. Told apart by the file's first bytes, never by its name.
 */
public enum LogoType {

	PNG("image/png", "png", "PNG"), JPEG("image/jpeg", "jpg", "JPEG"), WEBP("image/webp", "webp", "WebP"),
	SVG("image/svg+xml", "svg", "SVG");

	private final String mediaType;

	private final String extension;

	private final String label;

	LogoType(String mediaType, String extension, String label) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.label = label;
	}

	public String mediaType() {
		return this.mediaType;
	}

	/** The file extension of its address. */
	public String extension() {
		return this.extension;
	}

	public String label() {
		return this.label;
	}

	static Optional<LogoType> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter((type) -> type.mediaType.equals(mediaType)).findFirst();
	}

}
