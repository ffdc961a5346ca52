package uk.mljobs.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the instance that answered in an {@code X-Instance} header, so a load-balanced
 * setup can be checked from outside; registered only when {@code mljobs.instance} is set.
 */
class InstanceHeader extends OncePerRequestFilter {

	private final String instance;

	InstanceHeader(String instance) {
		this.instance = instance;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Instance", this.instance);
		chain.doFilter(request, response);
	}

}
