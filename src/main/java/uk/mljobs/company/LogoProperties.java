package uk.mljobs.company;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Caps on uploaded logos, bound from {@code mljobs.logos.*}. A logo shows at most a few
 * hundred pixels wide: anything larger only costs every visitor bandwidth, and the pixel
 * caps stop an image that would take much memory to decode (read from its header, before
 * any decoding). The multipart limit ({@code spring.servlet.multipart.*}) sits above
 * {@code maxSize}, so a file a little too large gets this check's exact message.
 *
 * @param maxSize the most bytes a logo may have
 * @param maxWidth the widest a raster logo may be, in pixels
 * @param maxHeight the tallest a raster logo may be, in pixels
 */
@ConfigurationProperties("mljobs.logos")
public record LogoProperties(@DefaultValue("512KB") DataSize maxSize, @DefaultValue("2000") int maxWidth,
		@DefaultValue("2000") int maxHeight) {
}
