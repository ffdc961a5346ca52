package uk.mljobs.company;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.mljobs.shared.NotFoundException;

/**
 * Serves a company's logo at the address with its content hash. That address only ever
 * means these bytes, so it may be kept for a year; an address with an older hash leads to
 * the current logo (a crawler may have kept it), and one of a company without a logo is a
 * 404. Every answer carries the type read from the bytes, {@code nosniff}, and a policy
 * that lets nothing in the file run or fetch, should someone open an SVG on its own.
 */
@Controller
class CompanyLogoController {

	static final String CACHE_FOR_A_YEAR = "public, max-age=31536000, immutable";

	/** Styles inside an SVG may paint; nothing may run, load or navigate. */
	static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

	static final String IMAGE_POLICY = "default-src 'none'; sandbox";

	private static final Pattern FILE_NAME = Pattern
		.compile("[0-9a-f]{" + CompanyLogo.HASH_IN_PATH + "}\\.(png|jpg|webp|svg)");

	private final CompanyLogos logos;

	CompanyLogoController(CompanyLogos logos) {
		this.logos = logos;
	}

	@GetMapping("/companies/{slug}/logo/{file}")
	ResponseEntity<byte[]> logo(@PathVariable String slug, @PathVariable String file, HttpServletResponse response) {
		if (!FILE_NAME.matcher(file).matches()) {
			throw NotFoundException.of("logo", file);
		}
		LogoShelf.LogoFile current = this.logos.file(slug).orElseThrow(() -> NotFoundException.of("logo", file));
		CompanyLogo logo = current.logo();
		if (!logo.fileName().equals(file)) {
			// Not for a year: the logo it leads to may change again.
			return ResponseEntity.status(HttpStatus.FOUND)
				.header(HttpHeaders.LOCATION, logo.path())
				.header(HttpHeaders.CACHE_CONTROL, "no-cache")
				.build();
		}
		// The site forces UTF-8 on every response (server.servlet.encoding.force); an
		// image has
		// no charset, so its type is sent bare.
		response.setCharacterEncoding((String) null);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(logo.type().mediaType()))
			.contentLength(current.bytes().length)
			.header(HttpHeaders.CACHE_CONTROL, CACHE_FOR_A_YEAR)
			.eTag("\"" + logo.sha256() + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", (logo.type() == LogoType.SVG) ? SVG_POLICY : IMAGE_POLICY)
			.body(current.bytes());
	}

}
