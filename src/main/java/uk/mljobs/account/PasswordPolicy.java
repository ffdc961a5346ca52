package uk.mljobs.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import uk.mljobs.shared.Emails;

/**
 * NIST SP 800-63B style: long enough, not absurdly long, no composition rules, and not a
 * password that leaked lists show people use. The list is bundled (43,923 entries of 12+
 * characters from the top million of SecLists' 10-million list); nothing is fetched.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("security/common-passwords.txt");
	}

	/**
	 * Why the password is refused, in words a person can act on; empty when it is fine.
	 */
	Optional<String> problem(String password, String email) {
		if (password == null || password.isEmpty()) {
			return Optional.of("Enter a password.");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("Use at least " + MIN_LENGTH + " characters; a few unrelated words make a good one.");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("Use at most " + MAX_LENGTH + " characters.");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower)) {
			return Optional.of("That password is on lists of commonly used passwords; choose another.");
		}
		if (email != null && lower.equals(Emails.normalise(email))) {
			return Optional.of("Do not use your email address as your password.");
		}
		return Optional.empty();
	}

	private static Set<String> load(String path) {
		Set<String> entries = new HashSet<>(65_536);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isEmpty() && !line.startsWith("#")) {
					entries.add(line);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the bundled password list " + path, ex);
		}
		return Set.copyOf(entries);
	}

}
