package uk.mljobs.activity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule for who counts, on real browsers' and programs' names. */
class VisitorsTests {

	@ParameterizedTest
	@ValueSource(strings = {
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
			"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
			"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
			"Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
			"Mozilla/5.0 (Linux; Android 9; CUBOT P30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36" })
	void peoplesBrowsersCount(String agent) {
		assertThat(Visitors.person(agent)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
			"Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "DuckDuckBot/1.1",
			"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1)",
			"Mozilla/5.0 (compatible; YandexBot/3.0)", "Mozilla/5.0 (compatible; Baiduspider/2.0)",
			"facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
			"Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "Slackbot 1.0", "Twitterbot/1.0",
			"LinkedInBot/1.0 (compatible; Mozilla/5.0)", "WhatsApp/2.23.20.0", "curl/8.5.0", "Wget/1.21.4",
			"python-requests/2.32.3", "Go-http-client/1.1", "Java-http-client/17.0.2", "okhttp/4.12.0", "axios/1.7.2",
			"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
			"Mozilla/5.0 (compatible; GPTBot/1.0)", "AhrefsBot/7.0", "Mozilla/5.0 (compatible; SemrushBot/7~bl)",
			"Google-InspectionTool/1.0", "Chrome-Lighthouse", "Mozilla/5.0 (compatible; Some Crawler)" })
	void programsDoNot(String agent) {
		assertThat(Visitors.person(agent)).isFalse();
	}

}
