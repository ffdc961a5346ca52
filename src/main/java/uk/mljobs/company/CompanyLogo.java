package uk.mljobs.company;

import java.time.Instant;

import uk.mljobs.shared.CompanyMark;

/**
 * A company's uploaded logo, without its bytes: what pages need to show it.
 *
 * @param slug the company's address name
 * @param sha256 the hex SHA-256 of the bytes served
 * @param width intrinsic width in pixels (for SVG, from its viewBox or size)
 * @param height intrinsic height in pixels
 * @param size bytes
 */
public record CompanyLogo(long companyId, String slug, LogoType type, String sha256, int width, int height, int size,
		Instant uploadedAt) {

	/** How much of the hash the address carries: plenty to tell versions apart. */
	static final int HASH_IN_PATH = 16;

	/**
	 * The file name in its address, with the content hash: a new logo gets a new address,
	 * so the old one may be cached for a year.
	 */
	public String fileName() {
		return this.sha256.substring(0, HASH_IN_PATH) + "." + this.type.extension();
	}

	public String path() {
		return "/companies/" + this.slug + "/logo/" + fileName();
	}

	/** Its size for people: "12 KB". */
	public String sizeLabel() {
		return (this.size < 1024) ? this.size + " bytes" : Math.round(this.size / 1024.0) + " KB";
	}

	CompanyMark mark(String name) {
		return new CompanyMark(name, path());
	}

}
