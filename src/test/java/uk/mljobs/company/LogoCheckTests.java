package uk.mljobs.company;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What may be a logo: the type from the bytes, the size, the pixels from the header, and
 * SVG only as the allow-list leaves it. Each refusal names what is wrong.
 */
class LogoCheckTests {

	private static final LogoProperties CAPS = new LogoProperties(DataSize.ofKilobytes(512), 2000, 2000);

	@Test
	void readsEachTypeAndItsSizeFromTheBytes() throws Exception {
		assertThat(LogoCheck.check(LogoImages.png(400, 200), CAPS)).extracting("type", "width", "height")
			.containsExactly(LogoType.PNG, 400, 200);
		assertThat(LogoCheck.check(LogoImages.jpeg(300, 120), CAPS)).extracting("type", "width", "height")
			.containsExactly(LogoType.JPEG, 300, 120);
		assertThat(LogoCheck.check(LogoImages.WEBP, CAPS)).extracting("type", "width", "height")
			.containsExactly(LogoType.WEBP, 1, 1);
		assertThat(LogoCheck.check(LogoImages.webpHeader(640, 480), CAPS)).extracting("type", "width", "height")
			.containsExactly(LogoType.WEBP, 640, 480);
		assertThat(LogoCheck.check(LogoImages.svg(LogoImages.SVG), CAPS)).extracting("type", "width", "height")
			.containsExactly(LogoType.SVG, 120, 60);
	}

	@Test
	void refusesAFileWhateverItsNameSaysWhenItsBytesAreNoLogo() {
		assertRefused(LogoImages.gif(10, 10), "type", "This file is a GIF, whatever its name says");
		assertRefused("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), "type", "a PDF");
		assertRefused("just some text".getBytes(StandardCharsets.US_ASCII), "type", "not an image we take");
		assertRefused(LogoImages.svg("<html><body><script>alert(1)</script></body></html>"), "svg.type",
				"not an SVG image, whatever its name says");
		assertRefused(LogoImages.svg("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>"), "svg.type",
				"not an SVG image");
		assertRefused(LogoImages.svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>"), "svg.malformed",
				"not well-formed");
		assertRefused(new byte[0], "required", "Choose a PNG, JPEG, WebP or SVG file");
	}

	@Test
	void refusesADamagedHeader() {
		byte[] png = LogoImages.png(40, 40);
		byte[] damaged = java.util.Arrays.copyOf(png, 12);
		assertRefused(damaged, "unreadable", "starts like a PNG image but its size cannot be read");
		byte[] webp = LogoImages.webpHeader(10, 10);
		webp[12] = 'X';
		assertRefused(webp, "unreadable", "WebP");
	}

	@Test
	void refusesMoreBytesThanTheCapAndMorePixelsThanTheHeaderMayClaim() throws Exception {
		assertRefused(new byte[513 * 1024], "tooLarge", "The file is 513 KB; a logo may be at most 512 KB");
		assertRefused(LogoImages.png(2001, 10), "tooManyPixels",
				"2,001 × 10 pixels; a logo may be at most 2,000 × 2,000");
		assertRefused(LogoImages.webpHeader(100_000, 100_000), "tooManyPixels", "100,000 × 100,000 pixels");
		assertThat(LogoCheck.check(LogoImages.png(2000, 2000), CAPS).width()).isEqualTo(2000);
	}

	@Test
	void anSvgKeepsItsArtworkAndLosesEverythingElse() throws Exception {
		String clean = new String(LogoCheck.check(LogoImages.svg(LogoImages.SVG), CAPS).bytes(),
				StandardCharsets.UTF_8);
		assertThat(clean).contains("<rect", "fill=\"url(#g)\"", "linearGradient", "ACME", "font-weight: 700",
				"xlink:href=\"#g\"", "viewBox=\"0 0 120 60\"");
		assertThat(clean).doesNotContain("metadata", "rdf", "inkscape", "Made in an editor");
		String linked = new String(
				LogoCheck.check(svg("<a href=\"#top\"><rect width=\"2\" height=\"2\"/></a>"), CAPS).bytes(),
				StandardCharsets.UTF_8);
		assertThat(linked).contains("<rect").doesNotContain("<a ", "#top");
		// What was written out parses again as the same kind of file.
		assertThat(LogoCheck.check(clean.getBytes(StandardCharsets.UTF_8), CAPS).type()).isEqualTo(LogoType.SVG);
	}

	@Test
	void anSvgThatRunsOrFetchesAnythingIsRefused() {
		assertRefused(svg("<script>alert(1)</script>"), "svg.active", "script element");
		assertRefused(svg("<g><script href=\"#x\"/></g>"), "svg.active", "script element");
		assertRefused(svg("<rect width=\"1\" height=\"1\" onclick=\"alert(1)\"/>"), "svg.active", "onclick");
		assertRefused(
				LogoImages.svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\" onload=\"alert(1)\"/>"),
				"svg.active", "onload");
		assertRefused(svg("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">hi</div></foreignObject>"),
				"svg.active", "foreignObject");
		assertRefused(svg("<image href=\"https://tracker.example/pixel.png\" width=\"1\" height=\"1\"/>"),
				"svg.external", "https://tracker.example/pixel.png");
		assertRefused(svg("<use xlink:href=\"https://evil.example/sprite.svg#a\"/>"), "svg.external", "evil.example");
		assertRefused(svg("<a href=\"javascript:alert(1)\"><rect width=\"1\" height=\"1\"/></a>"), "svg.active",
				"script address");
		assertRefused(svg("<rect width=\"1\" height=\"1\" fill=\"url(https://evil.example/x)\"/>"), "svg.external",
				"evil.example");
		assertRefused(svg("<style>@import url(https://evil.example/a.css);</style>"), "svg.external", "@import");
		assertRefused(svg("<rect width=\"1\" height=\"1\" style=\"fill: u\\72l(https://evil.example/x)\"/>"),
				"svg.external", "escapes");
		assertRefused(svg("<set attributeName=\"href\" to=\"javascript:alert(1)\"/>"), "svg.active", "script address");
	}

	@Test
	void anSvgWithADoctypeIsRefusedBeforeAnyEntityIsRead() {
		assertRefused(LogoImages.svg("""
				<?xml version="1.0"?>
				<!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&secret;</text></svg>"""),
				"svg.doctype", "DOCTYPE");
		assertRefused(LogoImages.svg("""
				<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&b;</text></svg>"""), "svg.doctype",
				"DOCTYPE");
	}

	@Test
	void anSvgSaysHowLargeItIs() throws Exception {
		assertRefused(
				LogoImages.svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>"),
				"svg.size", "viewBox");
		assertThat(LogoCheck.check(LogoImages.svg(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300px\" height=\"100\"><rect width=\"1\" height=\"1\"/></svg>"),
				CAPS))
			.extracting("width", "height")
			.containsExactly(300, 100);
		// A vector has no pixels to count: a huge viewBox is scaled into the caps.
		assertThat(LogoCheck.check(LogoImages.svg(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8000 4000\"><rect width=\"1\" height=\"1\"/></svg>"),
				CAPS))
			.extracting("width", "height")
			.containsExactly(2000, 1000);
	}

	private static byte[] svg(String inner) {
		return LogoImages.svg("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
				+ "viewBox=\"0 0 10 10\">" + inner + "</svg>");
	}

	private static void assertRefused(byte[] bytes, String code, String message) {
		assertThatThrownBy(() -> LogoCheck.check(bytes, CAPS)).isInstanceOf(LogoRefused.class)
			.hasMessageContaining(message)
			.extracting((ex) -> ((LogoRefused) ex).code())
			.isEqualTo(code);
	}

}
