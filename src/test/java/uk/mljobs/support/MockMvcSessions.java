package uk.mljobs.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Lets MockMvc tests keep passing a {@code MockHttpSession} around although sessions live
 * in PostgreSQL (Spring Session JDBC), which ignores the mock request's own session and
 * reads the {@code SESSION} cookie instead. The mock session carries that cookie's value:
 * it goes out as a cookie with each request and comes back from each response.
 */
public class MockMvcSessions implements MockMvcBuilderCustomizer {

	/** The attribute of the mock session holding the {@code SESSION} cookie's value. */
	public static final String COOKIE_VALUE = MockMvcSessions.class.getName() + ".cookie";

	private static final String COOKIE = "SESSION";

	@Override
	public void customize(ConfigurableMockMvcBuilder<?> builder) {
		builder.defaultRequest(get("/").with(MockMvcSessions::sendCookie)).alwaysDo(MockMvcSessions::keepCookie);
	}

	/** The id of the stored session a mock session stands for (changes at sign-in). */
	public static String storedSessionId(HttpSession session) {
		String value = (String) session.getAttribute(COOKIE_VALUE);
		return (value != null) ? new String(java.util.Base64.getDecoder().decode(value)) : null;
	}

	private static MockHttpServletRequest sendCookie(MockHttpServletRequest request) {
		HttpSession session = request.getSession(false);
		String value = (session != null) ? (String) session.getAttribute(COOKIE_VALUE) : null;
		if (value != null) {
			List<Cookie> cookies = new ArrayList<>();
			if (request.getCookies() != null) {
				Arrays.stream(request.getCookies())
					.filter((cookie) -> !COOKIE.equals(cookie.getName()))
					.forEach(cookies::add);
			}
			cookies.add(new Cookie(COOKIE, value));
			request.setCookies(cookies.toArray(Cookie[]::new));
		}
		return request;
	}

	private static void keepCookie(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie(COOKIE);
		if (cookie == null) {
			return;
		}
		if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
			HttpSession session = result.getRequest().getSession(false);
			if (session != null) {
				session.removeAttribute(COOKIE_VALUE);
			}
		}
		else {
			result.getRequest().getSession(true).setAttribute(COOKIE_VALUE, cookie.getValue());
		}
	}

}
