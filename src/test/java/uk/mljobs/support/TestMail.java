package uk.mljobs.support;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP port the app mails to in tests: one per test JVM ({@code spring.mail.port},
 * set per fork by the build), so that forks running side by side each have their own
 * GreenMail.
 */
public final class TestMail {

	private TestMail() {
	}

	public static ServerSetup smtp() {
		return new ServerSetup(Integer.getInteger("spring.mail.port", 3025), null, ServerSetup.PROTOCOL_SMTP);
	}

}
