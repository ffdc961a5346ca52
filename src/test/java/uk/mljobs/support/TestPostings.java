package uk.mljobs.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A valid posting form, to change one field at a time, and the requests that move a
 * posting through its life.
 */
public final class TestPostings {

	private TestPostings() {
	}

	public static Map<String, String> validForm() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("idempotencyKey", UUID.randomUUID().toString());
		form.put("title", "Senior MLOps Engineer");
		form.put("role", "mlops-engineer");
		form.put("level", "senior");
		form.put("town", "london");
		form.put("workMode", "HYBRID");
		form.put("remoteResidency", "UK");
		form.put("employmentType", "PERMANENT_FULL_TIME");
		form.put("payMin", "110000");
		form.put("payMax", "140000");
		form.put("ir35", "");
		form.put("clearance", "NONE");
		form.put("visaSponsorship", "false");
		form.put("tags", "ray, feature stores");
		form.put("description", "You will run our training and serving platform on Kubernetes, with **MLflow** "
				+ "for tracking and Evidently for drift. [Read more](https://example.com/team).");
		form.put("howToApply", "https://example.com/apply");
		form.put("closesOn", "");
		return form;
	}

	public static MockHttpServletRequestBuilder submitForm(String url, Map<String, String> form) {
		MockHttpServletRequestBuilder request = post(url).with(csrf());
		form.forEach((name, value) -> {
			if (!"tools".equals(name)) {
				request.param(name, value);
			}
		});
		// Tools are a multi-value field: "a,b" in the map, "" for none; absent means two
		// defaults.
		String tools = form.getOrDefault("tools", "kubernetes,mlflow");
		if (!tools.isEmpty()) {
			request.param("tools", tools.split(","));
		}
		return request;
	}

	/** Saves a draft; returns its id. */
	public static long draft(MockMvc mvc, MockHttpSession recruiter, Map<String, String> form) throws Exception {
		MvcResult result = mvc.perform(submitForm("/recruiter/postings", form).session(recruiter)).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		if (location == null || !location.startsWith("/recruiter/postings/")) {
			throw new IllegalStateException("Draft not saved: " + result.getResponse().getStatus() + " "
					+ result.getResponse()
						.getContentAsString()
						.replaceAll("(?s).*<div class=\"error-summary\"", "")
						.replaceAll("(?s)</div>.*", ""));
		}
		return Long.parseLong(location.substring("/recruiter/postings/".length()));
	}

	public static void submit(MockMvc mvc, MockHttpSession recruiter, long id) throws Exception {
		mvc.perform(post("/recruiter/postings/" + id + "/submit").with(csrf()).session(recruiter));
	}

	public static void approve(MockMvc mvc, MockHttpSession admin, long id) throws Exception {
		mvc.perform(post("/admin/moderation/postings/" + id + "/approve").with(csrf()).session(admin));
	}

	/** Draft, submit, approve: a live posting. */
	public static long published(MockMvc mvc, MockHttpSession recruiter, MockHttpSession admin,
			Map<String, String> form) throws Exception {
		long id = draft(mvc, recruiter, form);
		submit(mvc, recruiter, id);
		approve(mvc, admin, id);
		return id;
	}

}
