package uk.mljobs.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * The headers every HTML response carries, and caching that never keeps a signed-in page.
 */
@IntegrationTest
class SecurityHeadersTests {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/roles/mlops-engineer", "/jobs", "/login", "/no-such-page" })
	void everyPageCarriesTheSecurityHeaders(String path) throws Exception {
		this.mvc.perform(get(path))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("default-src 'self'"), containsString("script-src 'self'"),
							containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")))))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void publicPagesMayBeCachedButSignInAndSignedInPagesAreNotStored() throws Exception {
		this.mvc.perform(get("/roles")).andExpect(header().doesNotExist("Cache-Control"));
		this.mvc.perform(get("/login")).andExpect(header().string("Cache-Control", "no-store"));
		MockHttpSession session = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		this.mvc.perform(get("/recruiter").session(session)).andExpect(header().string("Cache-Control", "no-store"));
		this.mvc.perform(get("/roles").session(session)).andExpect(header().string("Cache-Control", "no-store"));
	}

	@Test
	void pagesSayWhatTheyMayUseAndKeepTheirWindowToThemselves() throws Exception {
		for (String path : java.util.List.of("/", "/jobs", "/login", "/api/v1/jobs")) {
			this.mvc.perform(get(path))
				.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
				.andExpect(header().string("Permissions-Policy", containsString("geolocation=()")))
				.andExpect(header().string("Cross-Origin-Opener-Policy", "same-origin"));
		}
	}

	@Test
	void strictTransportSecurityOverHttpsOnly() throws Exception {
		this.mvc.perform(get("/").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
		this.mvc.perform(get("/")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

}
