package uk.mljobs.company;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An uploaded SVG made safe to serve: parsed by the JDK's own XML parser with DOCTYPEs
 * refused (so no entity can read a file or expand a billion times), then walked against
 * an allow-list. Anything that runs or fetches is refused with a message saying what
 * (script, foreignObject, event handlers, references outside the file, CSS that imports
 * or fetches); other unknown elements and attributes (an editor's metadata) are dropped,
 * and what remains is written out again, so only what was checked is ever served.
 */
record SvgLogo(byte[] bytes, int width, int height) {

	static final String SVG = "http://www.w3.org/2000/svg";

	static final String XLINK = "http://www.w3.org/1999/xlink";

	/** Deeper than any logo needs; deeper still is an attempt on the walker's stack. */
	private static final int DEEPEST = 64;

	private static final Set<String> REFUSED = Set.of("script", "foreignobject", "handler", "listener", "iframe",
			"embed", "object");

	private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "symbol", "use", "title", "desc", "path",
			"rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath", "linearGradient",
			"radialGradient", "stop", "clipPath", "mask", "pattern", "marker", "style", "filter", "feGaussianBlur",
			"feOffset", "feBlend", "feColorMatrix", "feComposite", "feFlood", "feMerge", "feMergeNode", "feDropShadow",
			"feMorphology");

	private static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "transform", "d", "x", "y", "x1", "y1",
			"x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "width", "height", "points", "viewBox",
			"preserveAspectRatio", "version", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
			"stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
			"stroke-opacity", "opacity", "color", "display", "visibility", "clip-path", "clip-rule", "mask",
			"font-family", "font-size", "font-weight", "font-style", "font-variant", "font-stretch", "text-anchor",
			"dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing",
			"text-decoration", "dx", "dy", "rotate", "textLength", "lengthAdjust", "offset", "stop-color",
			"stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod", "patternUnits", "patternContentUnits",
			"patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits", "filter", "filterUnits",
			"primitiveUnits", "in", "in2", "result", "stdDeviation", "mode", "operator", "k1", "k2", "k3", "k4", "type",
			"values", "flood-color", "flood-opacity", "radius", "overflow", "shape-rendering", "text-rendering",
			"color-interpolation", "color-interpolation-filters", "vector-effect", "paint-order", "isolation",
			"mix-blend-mode", "marker-start", "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits",
			"refX", "refY", "orient", "href", "role", "aria-label", "lang", "media");

	/**
	 * {@code url(...)} in an attribute or style sheet: only {@code url(#id)} stays inside
	 * the file.
	 */
	private static final Pattern URL = Pattern.compile("(?i)url\\s*\\(\\s*['\"]?\\s*([^)'\"\\s]*)");

	private static final Pattern NUMBER = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(px)?\\s*");

	/**
	 * Checks and cleans the SVG, and reads its size from its width and height (in pixels)
	 * or its viewBox, scaled down into the caps: a vector logo has no pixels to count.
	 */
	static SvgLogo clean(byte[] upload, int maxWidth, int maxHeight) throws LogoRefused {
		String text = new String(upload, StandardCharsets.UTF_8);
		String folded = text.toLowerCase(Locale.ROOT);
		if (folded.contains("<!doctype") || folded.contains("<!entity")) {
			throw refused("doctype", "The SVG declares a DOCTYPE or entities, which we refuse (they can make the "
					+ "server read other files). Export it again as plain SVG.");
		}
		Document document = parse(upload);
		Element root = document.getDocumentElement();
		if (!"svg".equals(root.getLocalName()) || !SVG.equals(root.getNamespaceURI())) {
			throw refused("type",
					"This file is not an SVG image, whatever its name says: its outermost element must be "
							+ "<svg xmlns=\"http://www.w3.org/2000/svg\">. Upload the logo as PNG, JPEG, WebP or SVG.");
		}
		// Processing instructions (an xml-stylesheet could fetch CSS) and comments go.
		for (Node node = document.getFirstChild(); node != null;) {
			Node next = node.getNextSibling();
			if (node != root) {
				document.removeChild(node);
			}
			node = next;
		}
		scan(root, 0);
		prune(root);
		int[] size = size(root, maxWidth, maxHeight);
		return new SvgLogo(write(document), size[0], size[1]);
	}

	private static Document parse(byte[] upload) throws LogoRefused {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			// Problems become our message, not lines on standard error.
			builder.setErrorHandler(new DefaultHandler() {

				@Override
				public void fatalError(SAXParseException ex) throws SAXException {
					throw ex;
				}

			});
			builder.setEntityResolver((publicId, systemId) -> {
				throw new SAXException("external entity " + systemId);
			});
			return builder.parse(new ByteArrayInputStream(upload));
		}
		catch (SAXParseException ex) {
			if (String.valueOf(ex.getMessage()).contains("DOCTYPE")) {
				throw refused("doctype", "The SVG declares a DOCTYPE, which we refuse. Export it again as plain SVG.");
			}
			throw refused("malformed", "This file is not an image we can read: it starts like XML, but line "
					+ ex.getLineNumber() + " is not well-formed. Upload the logo as PNG, JPEG, WebP or SVG.");
		}
		catch (SAXException | IOException ex) {
			throw refused("malformed",
					"This file is not an image we can read. Upload the logo as PNG, JPEG, WebP or SVG.");
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The JDK's XML parser lacks a safety feature", ex);
		}
	}

	/**
	 * Refuses what could run or fetch anywhere in the file, in elements about to be
	 * dropped too: a logo that tries is not one to trust in part.
	 */
	private static void scan(Element element, int depth) throws LogoRefused {
		if (depth > DEEPEST) {
			throw refused("deep", "The SVG nests elements more than " + DEEPEST + " deep. Simplify it and try again.");
		}
		String name = String.valueOf(element.getLocalName());
		if (REFUSED.contains(name.toLowerCase(Locale.ROOT))) {
			throw refused("active", "The SVG holds a " + name
					+ " element, which logos may not carry (it can run code or load a page). Export it again as "
					+ "plain shapes and text.");
		}
		if ("style".equals(name)) {
			checkCss(element.getTextContent());
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			check((Attr) attributes.item(i));
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element inner) {
				scan(inner, depth + 1);
			}
		}
	}

	private static void check(Attr attribute) throws LogoRefused {
		String namespace = attribute.getNamespaceURI();
		String name = (attribute.getLocalName() != null) ? attribute.getLocalName() : attribute.getName();
		String value = attribute.getValue();
		if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
			throw refused("active", "The SVG has an event handler (" + name
					+ "), which logos may not carry: it runs code. Export it again without scripts.");
		}
		String squeezed = value.replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
		if (squeezed.contains("javascript:") || squeezed.contains("vbscript:")) {
			throw refused("active",
					"The SVG has a script address in its " + name + " attribute. Export it again without scripts.");
		}
		if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)) {
			return;
		}
		if ("href".equals(name) && !value.strip().startsWith("#")) {
			throw external(value);
		}
		if ("style".equals(name) && namespace == null) {
			checkCss(value);
		}
		else {
			checkUrls(value);
		}
	}

	/**
	 * Keeps only listed elements and attributes (an editor's metadata and namespaces go),
	 * comments and processing instructions too; a link around artwork keeps the artwork.
	 */
	private static void prune(Element element) {
		NamedNodeMap attributes = element.getAttributes();
		List<Attr> dropped = new ArrayList<>();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			if (!listed(attribute)) {
				dropped.add(attribute);
			}
		}
		dropped.forEach(element::removeAttributeNode);
		for (Node child = element.getFirstChild(); child != null;) {
			Node next = child.getNextSibling();
			if (child instanceof Element inner) {
				boolean svg = SVG.equals(inner.getNamespaceURI());
				if (svg && "a".equals(inner.getLocalName())) {
					Node first = inner.getFirstChild();
					while (inner.getFirstChild() != null) {
						element.insertBefore(inner.getFirstChild(), inner);
					}
					next = (first != null) ? first : inner.getNextSibling();
					element.removeChild(inner);
				}
				else if (svg && ELEMENTS.contains(inner.getLocalName())) {
					prune(inner);
				}
				else {
					element.removeChild(inner);
				}
			}
			else if (child.getNodeType() != Node.TEXT_NODE && child.getNodeType() != Node.CDATA_SECTION_NODE) {
				element.removeChild(child);
			}
			child = next;
		}
	}

	private static boolean listed(Attr attribute) {
		String namespace = attribute.getNamespaceURI();
		String name = (attribute.getLocalName() != null) ? attribute.getLocalName() : attribute.getName();
		if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)) {
			return SVG.equals(attribute.getValue()) || XLINK.equals(attribute.getValue());
		}
		if (XLINK.equals(namespace)) {
			return "href".equals(name);
		}
		if (XMLConstants.XML_NS_URI.equals(namespace)) {
			return "space".equals(name) || "lang".equals(name);
		}
		return namespace == null && ATTRIBUTES.contains(name);
	}

	/**
	 * CSS may paint but not fetch: no imports, no addresses outside the file, no escapes
	 * to hide them.
	 */
	private static void checkCss(String css) throws LogoRefused {
		String folded = css.toLowerCase(Locale.ROOT);
		if (folded.contains("@import") || folded.contains("expression(") || folded.contains("behavior")
				|| folded.contains("-moz-binding") || css.contains("\\")) {
			throw refused("external", "The SVG's CSS imports or hides something (@import, escapes or scripted "
					+ "properties). Keep its styles to plain colours and sizes.");
		}
		checkUrls(css);
	}

	private static void checkUrls(String value) throws LogoRefused {
		Matcher url = URL.matcher(value);
		while (url.find()) {
			if (!url.group(1).startsWith("#")) {
				throw external(url.group(1));
			}
		}
	}

	private static LogoRefused external(String address) {
		String shown = (address.length() > 60) ? address.substring(0, 59) + "…" : address;
		return refused("external", "The SVG refers to something outside itself (" + shown
				+ "); a logo must be one self-contained file. Embed or remove it and upload again.");
	}

	private static int[] size(Element root, int maxWidth, int maxHeight) throws LogoRefused {
		double width = pixels(root.getAttribute("width"));
		double height = pixels(root.getAttribute("height"));
		if (width <= 0 || height <= 0) {
			String[] box = root.getAttribute("viewBox").strip().split("[\\s,]+");
			if (box.length == 4) {
				width = pixels(box[2]);
				height = pixels(box[3]);
			}
		}
		if (!(width > 0 && height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
			throw refused("size", "The SVG does not say how large it is. Give its <svg> element a viewBox (or a width "
					+ "and height in pixels) and upload it again.");
		}
		double scale = Math.min(1, Math.min(maxWidth / width, maxHeight / height));
		return new int[] { (int) Math.max(1, Math.round(width * scale)),
				(int) Math.max(1, Math.round(height * scale)) };
	}

	/** A length in pixels, or 0 when it is missing or in other units (%, em, mm). */
	private static double pixels(String value) {
		Matcher number = NUMBER.matcher((value != null) ? value : "");
		return number.matches() ? Double.parseDouble(number.group(1)) : 0;
	}

	private static byte[] write(Document document) {
		try {
			TransformerFactory factory = TransformerFactory.newDefaultInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
			Transformer transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.METHOD, "xml");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException("A checked SVG could not be written out again", ex);
		}
	}

	private static LogoRefused refused(String code, String message) {
		return new LogoRefused("svg." + code, message);
	}

}
