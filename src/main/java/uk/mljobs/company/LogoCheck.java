package uk.mljobs.company;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decides whether uploaded bytes may be a logo, by what they are rather than what they
 * are called: the format from its magic numbers (PNG, JPEG, WebP) or from parsing (SVG),
 * the size in bytes, and the pixel dimensions from the image's header, before anything is
 * decoded. SVG goes through {@link SvgLogo}'s allow-list and is kept as re-serialised.
 */
final class LogoCheck {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private LogoCheck() {
	}

	/** A file that passed: the bytes to store (for SVG, cleaned) and their dimensions. */
	record Checked(LogoType type, byte[] bytes, int width, int height) {
	}

	static Checked check(byte[] bytes, LogoProperties caps) throws LogoRefused {
		if (bytes == null || bytes.length == 0) {
			throw new LogoRefused("required", "Choose a PNG, JPEG, WebP or SVG file to upload.");
		}
		long most = caps.maxSize().toBytes();
		if (bytes.length > most) {
			throw tooLarge(bytes.length, most);
		}
		LogoType type = typeOf(bytes);
		if (type == LogoType.SVG) {
			SvgLogo svg = SvgLogo.clean(bytes, caps.maxWidth(), caps.maxHeight());
			if (svg.bytes().length > most) {
				throw tooLarge(svg.bytes().length, most);
			}
			return new Checked(type, svg.bytes(), svg.width(), svg.height());
		}
		int[] size = (type == LogoType.WEBP) ? webpSize(bytes) : headerSize(type, bytes);
		if (size[0] < 1 || size[1] < 1) {
			throw unreadable(type);
		}
		if (size[0] > caps.maxWidth() || size[1] > caps.maxHeight()) {
			NumberFormat uk = NumberFormat.getIntegerInstance(Locale.UK);
			throw new LogoRefused("tooManyPixels",
					"The image is " + uk.format(size[0]) + " × " + uk.format(size[1])
							+ " pixels; a logo may be at most " + uk.format(caps.maxWidth()) + " × "
							+ uk.format(caps.maxHeight()) + ". Scale it down and upload it again.");
		}
		return new Checked(type, bytes, size[0], size[1]);
	}

	/**
	 * The format the bytes are, from their first bytes; SVG is text, so anything that
	 * starts like XML is handed to the SVG parser to prove it.
	 */
	static LogoType typeOf(byte[] b) throws LogoRefused {
		if (startsWith(b, PNG)) {
			return LogoType.PNG;
		}
		if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
			return LogoType.JPEG;
		}
		if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
			return LogoType.WEBP;
		}
		String start = new String(b, 0, Math.min(b.length, 512), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "")
			.stripLeading();
		if (start.startsWith("<")) {
			return LogoType.SVG;
		}
		String named = (b.length >= 6 && ascii(b, 0, 4).equals("GIF8")) ? "a GIF"
				: (b.length >= 4 && ascii(b, 0, 4).equals("%PDF")) ? "a PDF" : "not an image we take";
		throw new LogoRefused("type", "This file is " + named
				+ ", whatever its name says. Upload the logo as a PNG, JPEG, WebP or SVG file.");
	}

	/**
	 * Width and height from a PNG's IHDR or a JPEG's frame header, via ImageIO's readers.
	 */
	private static int[] headerSize(LogoType type, byte[] bytes) throws LogoRefused {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == LogoType.PNG ? "png" : "jpeg");
		if (!readers.hasNext()) {
			throw unreadable(type);
		}
		ImageReader reader = readers.next();
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, true, true);
			return new int[] { reader.getWidth(0), reader.getHeight(0) };
		}
		catch (IOException | RuntimeException ex) {
			throw unreadable(type);
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * Width and height from a WebP's first chunk (the JDK reads no WebP): {@code VP8X}
	 * (extended) holds them as 24-bit numbers less one, {@code VP8L} (lossless) as 14-bit
	 * ones less one after its signature byte, {@code VP8 } (lossy) as 14-bit ones after
	 * the key frame's start code.
	 */
	static int[] webpSize(byte[] b) throws LogoRefused {
		long riffSize = le(b, 4, 4);
		if (b.length < 30 || riffSize + 8 > b.length || riffSize < 22) {
			throw unreadable(LogoType.WEBP);
		}
		String chunk = ascii(b, 12, 4);
		switch (chunk) {
			case "VP8X":
				return new int[] { (int) le(b, 24, 3) + 1, (int) le(b, 27, 3) + 1 };
			case "VP8L":
				if ((b[20] & 0xff) != 0x2f) {
					throw unreadable(LogoType.WEBP);
				}
				long bits = le(b, 21, 4);
				return new int[] { (int) (bits & 0x3fff) + 1, (int) ((bits >> 14) & 0x3fff) + 1 };
			case "VP8 ":
				if ((b[23] & 0xff) != 0x9d || (b[24] & 0xff) != 0x01 || (b[25] & 0xff) != 0x2a) {
					throw unreadable(LogoType.WEBP);
				}
				return new int[] { (int) (le(b, 26, 2) & 0x3fff), (int) (le(b, 28, 2) & 0x3fff) };
			default:
				throw unreadable(LogoType.WEBP);
		}
	}

	private static LogoRefused tooLarge(long size, long most) {
		return new LogoRefused("tooLarge", "The file is " + kilobytes(size) + "; a logo may be at most "
				+ kilobytes(most) + ". Save it smaller (fewer pixels, or as SVG) and upload it again.");
	}

	private static LogoRefused unreadable(LogoType type) {
		return new LogoRefused("unreadable", "This file starts like a " + type.label()
				+ " image but its size cannot be read: it may be damaged. Save it again and upload the new file.");
	}

	static String kilobytes(long bytes) {
		return NumberFormat.getIntegerInstance(Locale.UK).format((bytes + 1023) / 1024) + " KB";
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String ascii(byte[] bytes, int offset, int length) {
		return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
	}

	/** An unsigned little-endian number of {@code length} bytes. */
	private static long le(byte[] bytes, int offset, int length) {
		long value = 0;
		for (int i = length - 1; i >= 0; i--) {
			value = (value << 8) | (bytes[offset + i] & 0xff);
		}
		return value;
	}

}
