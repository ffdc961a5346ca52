package uk.mljobs.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Site-wide settings, bound from {@code mljobs.*}.
 *
 * @param name the site's name as shown in titles and structured data
 * @param baseUrl the public origin, used for canonical links and structured data
 * @param createDatabase whether start-up creates the configured database when it is
 * missing
 * @param demo demo mode: sample accounts and postings, and a banner saying so
 * @param admin the first admin account, created at start-up when both email and password
 * are set
 * @param limits allowances that keep cheap abuse expensive
 * @param instance this instance's name when several run on one database: recorded with
 * each scheduled job it runs, and sent as an {@code X-Instance} response header (only
 * when set); unset, jobs record the host name and process id
 * @param contactEmail where people write to the site's operator (privacy requests,
 * reports, questions): shown on /contact and /privacy
 * @param pageCache how long an anonymous visitor's page is kept rendered; 0 turns the
 * cache off
 * @param expiryPeriod the slot in which one instance expires postings past their closing
 * date
 * @param passwords how hard new password hashes are to compute
 */
@ConfigurationProperties("mljobs")
public record SiteProperties(@DefaultValue("MLJobs UK") String name,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("true") boolean createDatabase,
		@DefaultValue Demo demo, @DefaultValue Admin admin, @DefaultValue Limits limits, String instance,
		@DefaultValue("hello@mljobs.uk") String contactEmail, @DefaultValue("60s") Duration pageCache,
		@DefaultValue("15m") Duration expiryPeriod, @DefaultValue Passwords passwords) {

	public SiteProperties {
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		instance = (instance != null && !instance.isBlank()) ? instance.strip() : null;
	}

	/** The configured instance name, or the host name and process id. */
	public String instanceName() {
		if (this.instance != null) {
			return this.instance;
		}
		String host;
		try {
			host = java.net.InetAddress.getLocalHost().getHostName();
		}
		catch (java.net.UnknownHostException ex) {
			host = "unknown-host";
		}
		return host + ":" + ProcessHandle.current().pid();
	}

	/**
	 * @param enabled whether demo accounts and sample postings are loaded at start-up
	 * @param password the demo accounts' password (printed in the README; demo only)
	 */
	public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("demo-password-2026") String password) {
	}

	/**
	 * Argon2's cost for new hashes; a hash keeps the cost it was made with, so changing
	 * these never locks anyone out.
	 *
	 * @param argon2MemoryKib memory per hash, in KiB (16 MiB, as Spring Security's
	 * defaults)
	 * @param argon2Iterations passes over that memory
	 */
	public record Passwords(@DefaultValue("16384") int argon2MemoryKib, @DefaultValue("2") int argon2Iterations) {
	}

	public record Admin(String email, String password, @DefaultValue("Site admin") String name) {

		public boolean isConfigured() {
			return this.email != null && !this.email.isBlank() && this.password != null && !this.password.isBlank();
		}

	}

	/**
	 * @param loginFailuresPerAccount failed logins one account may have in
	 * {@code loginWindow} before attempts are refused
	 * @param loginFailuresPerAddress the same, per client address
	 * @param loginWindow the window failed logins are counted in, and the cooling-off
	 * period after
	 * @param signupsPerAddressPerHour new accounts one client address may create an hour
	 * @param postingWritesPerRecruiterPerHour postings one recruiter may create or change
	 * an hour
	 */
	public record Limits(@DefaultValue("5") int loginFailuresPerAccount,
			@DefaultValue("20") int loginFailuresPerAddress, @DefaultValue("15m") Duration loginWindow,
			@DefaultValue("5") int signupsPerAddressPerHour, @DefaultValue("60") int postingWritesPerRecruiterPerHour) {
	}

}
