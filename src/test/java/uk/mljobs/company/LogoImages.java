package uk.mljobs.company;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.imageio.ImageIO;

/** Small real images of each type a logo may be, and some that may not. */
final class LogoImages {

	/** A 1 × 1 lossless WebP (the one browsers' feature tests use). */
	static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

	static final String SVG = """
			<?xml version="1.0" encoding="UTF-8"?>
			<!-- Made in an editor -->
			<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
			     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 120 60" inkscape:version="1.3">
			  <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>
			  <defs><linearGradient id="g"><stop offset="0" stop-color="#0b5cad"/><stop offset="1" stop-color="#0f766e"/></linearGradient></defs>
			  <title>Acme</title>
			  <rect width="120" height="60" rx="12" fill="url(#g)"/>
			  <use xlink:href="#g"/>
			  <text x="60" y="38" font-size="24" text-anchor="middle" fill="#fff" style="font-weight: 700">ACME</text>
			</svg>
			""";

	private LogoImages() {
	}

	static byte[] png(int width, int height) {
		return raster("png", BufferedImage.TYPE_INT_ARGB, width, height);
	}

	static byte[] jpeg(int width, int height) {
		return raster("jpeg", BufferedImage.TYPE_INT_RGB, width, height);
	}

	static byte[] gif(int width, int height) {
		return raster("gif", BufferedImage.TYPE_INT_RGB, width, height);
	}

	/**
	 * A WebP whose extended header says it is {@code width × height}: only its header,
	 * which is all the check reads.
	 */
	static byte[] webpHeader(int width, int height) {
		byte[] b = new byte[30];
		put(b, 0, "RIFF");
		le(b, 4, 22, 4);
		put(b, 8, "WEBPVP8X");
		le(b, 16, 10, 4);
		le(b, 24, width - 1, 3);
		le(b, 27, height - 1, 3);
		return b;
	}

	static byte[] svg(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] raster(String format, int type, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x0b5cad));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 2));
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void put(byte[] bytes, int offset, String ascii) {
		byte[] text = ascii.getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(text, 0, bytes, offset, text.length);
	}

	private static void le(byte[] bytes, int offset, int value, int length) {
		for (int i = 0; i < length; i++) {
			bytes[offset + i] = (byte) (value >> (8 * i));
		}
	}

}
