package uk.mljobs.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The random tokens that mailed links carry (256 bits, base64url: 43 characters), and the
 * SHA-256 that is all the database keeps of one.
 */
public final class LinkTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private LinkTokens() {
	}

	public static String fresh() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether the text could be a token at all (a link cut short or typed is not). */
	public static boolean wellFormed(String token) {
		return token != null && token.matches("[A-Za-z0-9_-]{43}");
	}

	public static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
