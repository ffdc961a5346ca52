package uk.mljobs.account;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.shared.TooManyRequestsException;
import uk.mljobs.system.RateLimiter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The password-recovery pages as a web slice: forms, field errors, the same answer for
 * every address, and the security the real filter chain puts in front of them.
 */
@WebMvcTest(RecoveryController.class)
@SecuredWebSlice
class RecoveryControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RateLimiter limiter;

	@MockitoBean
	private PasswordReset reset;

	@MockitoBean
	private EmailVerification verification;

	@Test
	void showsTheEmptyForgottenPasswordForm() throws Exception {
		this.mvc.perform(get("/login/forgot"))
			.andExpect(status().isOk())
			.andExpect(view().name(RecoveryController.VIEW_FORGOT))
			.andExpect(model().attributeExists("form"))
			.andExpect(model().hasNoErrors());
	}

	@Test
	void refusesAResetRequestWithoutTheFormsToken() throws Exception {
		this.mvc.perform(post("/login/forgot").param("email", "someone@example.com")).andExpect(status().isForbidden());
		verify(this.reset, never()).request(anyString());
	}

	@Test
	void rejectsAnEmptyOrOverlongAddressOnTheField() throws Exception {
		this.mvc.perform(post("/login/forgot").with(csrf()).param("email", " "))
			.andExpect(status().isOk())
			.andExpect(view().name(RecoveryController.VIEW_FORGOT))
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "NotBlank"));
		this.mvc.perform(post("/login/forgot").with(csrf()).param("email", "a".repeat(250) + "@x.uk"))
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "Size"));
		verify(this.reset, never()).request(anyString());
	}

	@Test
	void answersEveryAddressAlikeAndMailsTheNormalisedOne() throws Exception {
		this.mvc.perform(post("/login/forgot").with(csrf()).param("email", "  Someone@Example.COM "))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("notice", RecoveryController.SENT.formatted("someone@example.com")));
		verify(this.reset).request("someone@example.com");
	}

	@Test
	void givesTheSameAnswerWhenTheAccountsOwnLimitIsReached() throws Exception {
		willThrow(new TooManyRequestsException("", java.time.Duration.ofHours(1))).given(this.limiter)
			.consume(eq("reset-account:busy@example.com"), anyInt(), any(), anyString());
		this.mvc.perform(post("/login/forgot").with(csrf()).param("email", "busy@example.com"))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("notice", RecoveryController.SENT.formatted("busy@example.com")));
		verify(this.reset, never()).request(anyString());
	}

	@Test
	void anUnknownOrUsedResetLinkSaysItHasExpired() throws Exception {
		given(this.reset.pending(any())).willReturn(Optional.empty());
		this.mvc.perform(get("/login/reset").param("token", "not-a-token"))
			.andExpect(status().isGone())
			.andExpect(view().name(RecoveryController.VIEW_LINK_EXPIRED));
	}

}
