package uk.mljobs.activity;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Which requests count as a person's: the one rule behind every number on a recruiter's
 * activity page.
 * <ol>
 * <li>A request counts only when it names its browser ({@code User-Agent}) and the name
 * is not a program's: search engines' and other crawlers (Googlebot, bingbot,
 * DuckDuckBot, Applebot, YandexBot, Baiduspider and anything calling itself a bot,
 * crawler or spider), link previews (facebookexternalhit, Slackbot, Twitterbot,
 * LinkedInBot, WhatsApp, Discord, Telegram and anything saying preview), HTTP libraries
 * and tools (curl, Wget, python-requests, Go-http-client, Java, okhttp, axios and the
 * like), headless and automated browsers (HeadlessChrome, PhantomJS, Lighthouse,
 * Selenium's own names) and anything that puts a web address in its name, which crawlers
 * do and browsers never.</li>
 * <li>A page fetched in advance ({@code Sec-Purpose}, {@code Purpose} or
 * {@code X-Purpose} saying prefetch or preview) is not counted: no one has looked at it
 * yet.</li>
 * <li>An apply click counts only when the browser keeps cookies: a posting page sets the
 * cookie {@value #JAR} (the value 1, the same for everyone, so it tells no one apart;
 * only sent to {@code /jobs} pages; gone when the browser closes), and the Apply link
 * counts the click only if it comes back. Programs that follow links without keeping
 * cookies are left out; impressions and views do not need it, since a first visit has no
 * cookie yet.</li>
 * </ol>
 * Nothing is kept about who a visitor is, so a person who clicks Apply twice counts
 * twice. A program that lies about its name is counted; these numbers are for judging a
 * posting, not for billing.
 */
public final class Visitors {

	/** The cookie that shows a browser keeps cookies. */
	public static final String JAR = "jar";

	private static final Pattern PROGRAM = Pattern.compile(String.join("|", "\\bbot\\b", "bot/", "bot-", "bot;",
			"bot\\)", "bot$", "slackbot", "externalagent", "apis-google", "crawl", "spider", "slurp", "preview",
			"facebookexternalhit", "facebookcatalog", "whatsapp", "telegram", "discord", "embedly", "pinterest",
			"vkshare", "skypeuri", "bitlybot", "ia_archiver", "archive\\.org", "feedfetcher", "feedburner",
			"mediapartners-google", "google-inspectiontool", "googleother", "google-extended", "chrome-lighthouse",
			"lighthouse", "pagespeed", "gtmetrix", "pingdom", "uptime", "monitor", "headless", "phantomjs", "selenium",
			"webdriver", "puppeteer", "playwright", "curl", "wget", "python", "aiohttp", "httpx", "go-http-client",
			"java/", "java-http-client", "okhttp", "apache-httpclient", "libwww", "lwp::", "perl", "ruby", "php",
			"axios", "node-fetch", "undici", "got \\(", "scrapy", "httpie", "postman", "insomnia", "powershell",
			"dart:io", "http://", "https://", "\\+http"));

	private Visitors() {
	}

	/**
	 * Whether a request is a person's reading or listing: a browser's name that is not a
	 * program's, and not fetched in advance.
	 */
	public static boolean human(HttpServletRequest request) {
		return person(request.getHeader(HttpHeaders.USER_AGENT)) && !fetchedInAdvance(request);
	}

	/** Whether a request may count as a person's apply click: also keeps cookies. */
	public static boolean humanWithCookies(HttpServletRequest request) {
		return human(request) && keepsCookies(request);
	}

	/** Whether a browser's name ({@code User-Agent}) is a person's browser. */
	static boolean person(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return false;
		}
		return !PROGRAM.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
	}

	private static boolean fetchedInAdvance(HttpServletRequest request) {
		for (String header : new String[] { "Sec-Purpose", "Purpose", "X-Purpose", "X-Moz" }) {
			String value = request.getHeader(header);
			if (value != null) {
				String purpose = value.toLowerCase(Locale.ROOT);
				if (purpose.contains("prefetch") || purpose.contains("prerender") || purpose.contains("preview")) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean keepsCookies(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return cookies != null && Arrays.stream(cookies).anyMatch((cookie) -> JAR.equals(cookie.getName()));
	}

	/**
	 * Sets the {@value #JAR} cookie unless the browser already sent it. Only on responses
	 * no cache shares (a posting's page is rendered for each request).
	 */
	public static void offerCookie(HttpServletRequest request, HttpServletResponse response) {
		if (keepsCookies(request)) {
			return;
		}
		response.addHeader(HttpHeaders.SET_COOKIE,
				ResponseCookie.from(JAR, "1")
					.path("/jobs")
					.httpOnly(true)
					.secure(request.isSecure())
					.sameSite("Lax")
					.build()
					.toString());
	}

}
