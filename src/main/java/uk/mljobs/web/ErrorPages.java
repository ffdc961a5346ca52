package uk.mljobs.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import uk.mljobs.shared.ConflictException;
import uk.mljobs.shared.InvalidParameterException;
import uk.mljobs.shared.TooManyRequestsException;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.system.Site;

/**
 * The one place exceptions become pages: unknown things are 404, bad parameters 400, a
 * database that is away 503, anything unexpected a 500 page. Messages shown are ours;
 * stack traces and SQL only reach the log.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final Site site;

	private final JsonMapper json;

	ErrorPages(Site site, JsonMapper json) {
		this.site = site;
		this.json = json;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.NOT_FOUND, ex.getMessage(), request, response);
	}

	@ExceptionHandler(InvalidParameterException.class)
	ModelAndView badParameter(InvalidParameterException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.BAD_REQUEST, ex.getMessage(), request, response);
	}

	/**
	 * A form field our forms never send, in a shape the binder cannot apply
	 * ({@code title[0]} on a text field): a 400, not a bug.
	 */
	@ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
	ModelAndView unknownField(org.springframework.beans.InvalidPropertyException ex, HttpServletRequest request,
			HttpServletResponse response) {
		log.info("Refused a form field that cannot be bound on {} {}", request.getMethod(), request.getRequestURI());
		return page(HttpStatus.BAD_REQUEST, "The form has a field we do not know. Reload the page and try again.",
				request, response);
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.CONFLICT, ex.getMessage(), request, response);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView concurrentEdit(HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.CONFLICT,
				"Someone changed this while you were editing it. Open it again to see the current version, then redo your change.",
				request, response);
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ModelAndView tooMany(TooManyRequestsException ex, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Retry-After", String.valueOf(ex.getRetryAfter().toSeconds()));
		return page(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage(), request, response);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return page(HttpStatus.BAD_REQUEST, "The value of '" + ex.getName() + "' is not valid.", request, response);
	}

	/**
	 * Tomcat refuses a query string it cannot decode ({@code ?sector=%ZZ}) or one with
	 * too many parameters when the controller first reads it; that is the client's
	 * mistake.
	 */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ModelAndView undecodableParameters(HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.BAD_REQUEST, "The address has a parameter that could not be read.", request, response);
	}

	/**
	 * A parameter name the request firewall will not take (a control character), found
	 * when the parameters are first read. The log names the path only: the firewall's
	 * message quotes the name decoded, which could forge a log line.
	 */
	@ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
	ModelAndView rejected(HttpServletRequest request, HttpServletResponse response) {
		log.info("Refused by the request firewall: {} {}", request.getMethod(),
				request.getRequestURI().replaceAll("[^\\x21-\\x7e]", "?"));
		return page(HttpStatus.BAD_REQUEST,
				"The address holds characters it may not carry in a parameter name. Check the link.", request,
				response);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		// Spring Security answers these itself (sign-in page, 403).
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex;
		}
		// Spring's own exceptions (unknown path, wrong method, missing parameter) carry
		// their status.
		if (ex instanceof ErrorResponse errorResponse && !errorResponse.getStatusCode().is5xxServerError()) {
			errorResponse.getHeaders()
				.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			return page(errorResponse.getStatusCode(), null, request, response);
		}
		if (DatabaseOutage.causedBy(ex)) {
			log.warn("The database is unavailable: {} {} answered 503 ({})", request.getMethod(),
					request.getRequestURI(), ex.getMessage());
			response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
			ModelAndView page = page(HttpStatus.SERVICE_UNAVAILABLE, null, request, response);
			KeptForm.of(request).ifPresent((kept) -> page.addObject("kept", kept));
			return page;
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, null, request, response);
	}

	private ModelAndView page(HttpStatusCode status, String message, HttpServletRequest request,
			HttpServletResponse response) {
		if (request.getRequestURI().startsWith("/api/")) {
			return problem(status, message, request, response);
		}
		String view = switch (status.value()) {
			case 400 -> "error/400";
			case 403 -> "error/403";
			case 409 -> "error/409";
			case 429 -> "error/429";
			case 404 -> "error/404";
			case 500 -> "error/500";
			case 503 -> "error/503";
			default -> "error/error";
		};
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("pageContext", this.site.pageContext(request));
		page.addObject("status", status.value());
		HttpStatus known = HttpStatus.resolve(status.value());
		page.addObject("error", (known != null) ? known.getReasonPhrase() : "Error");
		if (message != null) {
			page.addObject("message", message);
		}
		response.setHeader("Cache-Control", "no-store");
		return page;
	}

	/** The API's errors: RFC 9457 problem details, as JSON. */
	private ModelAndView problem(HttpStatusCode status, String message, HttpServletRequest request,
			HttpServletResponse response) {
		HttpStatus known = HttpStatus.resolve(status.value());
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", (known != null) ? known.getReasonPhrase() : "Error");
		problem.put("status", status.value());
		if (message != null) {
			problem.put("detail", message);
		}
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Cache-Control", "no-store");
		try {
			response.getWriter().write(this.json.writeValueAsString(problem));
		}
		catch (java.io.IOException ex) {
			log.debug("Could not write a problem response: {}", ex.getMessage());
		}
		return new ModelAndView();
	}

}
