package uk.mljobs.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Free mailbox providers (the bundled {@code freemail-domains.txt}: gmail, outlook,
 * hotmail, yahoo, icloud, proton and the rest): an address there says nothing about who
 * employs its owner.
 */
public final class FreeMail {

	private static final Set<String> DOMAINS = load();

	private FreeMail() {
	}

	/**
	 * Whether the address (or bare domain) is at a free provider, subdomains included.
	 */
	public static boolean is(String addressOrDomain) {
		String domain = domainOf(addressOrDomain);
		for (String part = domain; !part.isEmpty(); part = part.contains(".") ? part.substring(part.indexOf('.') + 1)
				: "") {
			if (DOMAINS.contains(part)) {
				return true;
			}
		}
		return false;
	}

	/** The domain of an address, folded: "Ana@Mail.Example.COM" is "mail.example.com". */
	public static String domainOf(String addressOrDomain) {
		String text = (addressOrDomain != null) ? addressOrDomain.strip() : "";
		return Text.fold(text.substring(text.lastIndexOf('@') + 1));
	}

	private static Set<String> load() {
		try (InputStream in = FreeMail.class.getResourceAsStream("/freemail-domains.txt")) {
			if (in == null) {
				throw new IllegalStateException("freemail-domains.txt is missing from the classpath");
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
