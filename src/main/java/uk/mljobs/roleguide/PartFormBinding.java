package uk.mljobs.roleguide;

import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds a {@link PartForm} handler argument as the form record of the part named by the
 * {@code {part}} path variable ({@code faq} binds {@code FaqPart.Form}), so one handler
 * serves every part and each still gets its own typed rows. The binder is Spring's own,
 * made by the handler's binder factory, so every {@code @InitBinder} applies; like
 * {@code @ModelAttribute("form")}, the form and its {@link BindingResult} go into the
 * model. An unknown part is not found.
 */
@Configuration(proxyBeanMethods = false)
class PartFormBinding implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	/** The model name, as the templates and {@code formErrors} expect. */
	static final String NAME = "form";

	// Looked up when first used: MVC set-up reads its configurers before the feature's
	// services are needed.
	private final ObjectProvider<GuideParts> parts;

	PartFormBinding(ObjectProvider<GuideParts> parts) {
		this.parts = parts;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PartForm.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) throws Exception {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		String slug = (variables != null) ? variables.get("part") : null;
		PartEditor<?> editor = this.parts.getObject().editor(String.valueOf(slug));
		WebDataBinder binder = binderFactory.createBinder(request, null, NAME,
				ResolvableType.forClass(editor.formType()));
		((ServletRequestDataBinder) binder).construct(request.getNativeRequest(ServletRequest.class));
		if (binder.getTarget() == null) {
			throw new BindException(binder.getBindingResult());
		}
		Map<String, Object> model = binder.getBindingResult().getModel();
		mavContainer.removeAttributes(model);
		mavContainer.addAllAttributes(model);
		return binder.getTarget();
	}

}
