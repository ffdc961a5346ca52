package uk.mljobs.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives each form's template an {@code <name>Errors} object ({@link FormErrors}) next to
 * the form, and an empty one when there is nothing wrong, so templates stay simple.
 * (Records hold forms here; Thymeleaf's {@code th:field} expects JavaBean getters.)
 */
class FormErrorsInterceptor implements HandlerInterceptor {

	private static final FormErrors NONE = new FormErrors(Map.of(), java.util.List.of(), Map.of());

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getViewName() == null
				|| modelAndView.getViewName().startsWith("redirect:")) {
			return;
		}
		Map<String, Object> model = modelAndView.getModel();
		Map<String, Object> additions = new HashMap<>();
		model.forEach((key, value) -> {
			if (key.startsWith(BindingResult.MODEL_KEY_PREFIX) && value instanceof BindingResult result) {
				additions.put(result.getObjectName() + "Errors", FormErrors.of(result));
			}
		});
		model.forEach((key, value) -> {
			if (value instanceof Record && !key.startsWith(BindingResult.MODEL_KEY_PREFIX)
					&& key.toLowerCase(java.util.Locale.ROOT).endsWith("form")) {
				additions.putIfAbsent(key + "Errors", NONE);
			}
		});
		model.putAll(additions);
	}

}
