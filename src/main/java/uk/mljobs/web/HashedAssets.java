package uk.mljobs.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The site's own static files (stylesheet, scripts, icon), each linked by a name with a
 * hash of its content ({@code /css/site-3f2a….css}, Spring's
 * {@link VersionResourceResolver}; templates' {@code @{...}} links get it from the
 * {@code ResourceUrlEncodingFilter}). A hashed name never changes content, so browsers
 * keep it for a year without asking again and render the next page without waiting for
 * the stylesheet; a release changes the hash, so nobody keeps an old one. The plain name
 * still answers (old pages, bookmarks, {@code /favicon.ico}'s redirect), cached briefly,
 * since what it names changes with a release. A hash that is not the file's is a 404.
 */
final class HashedAssets implements ResourceResolver {

	/**
	 * For a content-hashed name: the same bytes for everyone, for as long as it exists.
	 */
	static final CacheControl HASHED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/** For a plain name, whose content changes with a release. */
	static final CacheControl PLAIN = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	private HashedAssets() {
	}

	/** Serves the files of a folder under a path pattern, by hashed and plain names. */
	static void serve(ResourceHandlerRegistry registry, String pattern, String folder) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(folder)
			.setCacheControl(PLAIN)
			// Resolved once per name and kept: hashing a file for every link would cost
			// each page render a read of it.
			.resourceChain(true)
			.addResolver(new HashedAssets())
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	@Override
	public Resource resolveResource(HttpServletRequest request, String requestPath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		Resource resource = chain.resolveResource(request, requestPath, locations);
		// Found under another name than asked for: the name carried the content's hash.
		if (resource == null || Objects.equals(StringUtils.getFilename(requestPath), resource.getFilename())) {
			return resource;
		}
		return new Hashed(resource);
	}

	@Override
	public String resolveUrlPath(String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
		return chain.resolveUrlPath(resourcePath, locations);
	}

	/**
	 * A file asked for by its hashed name: itself, with a year's caching. Its description
	 * differs from the plain file's, so Spring's cache of transformed files (keyed by
	 * resource) never hands one's headers to the other.
	 */
	private static final class Hashed extends AbstractResource implements HttpResource {

		private final Resource file;

		Hashed(Resource file) {
			this.file = file;
		}

		@Override
		public HttpHeaders getResponseHeaders() {
			HttpHeaders headers = new HttpHeaders();
			if (this.file instanceof HttpResource versioned) {
				versioned.getResponseHeaders().forEach(headers::addAll);
			}
			headers.setCacheControl(HASHED);
			return headers;
		}

		@Override
		public boolean exists() {
			return this.file.exists();
		}

		@Override
		public boolean isReadable() {
			return this.file.isReadable();
		}

		@Override
		public boolean isOpen() {
			return this.file.isOpen();
		}

		@Override
		public boolean isFile() {
			return this.file.isFile();
		}

		@Override
		public URL getURL() throws IOException {
			return this.file.getURL();
		}

		@Override
		public URI getURI() throws IOException {
			return this.file.getURI();
		}

		@Override
		public File getFile() throws IOException {
			return this.file.getFile();
		}

		@Override
		public long contentLength() throws IOException {
			return this.file.contentLength();
		}

		@Override
		public long lastModified() throws IOException {
			return this.file.lastModified();
		}

		@Override
		public Resource createRelative(String relativePath) throws IOException {
			return this.file.createRelative(relativePath);
		}

		@Override
		public String getFilename() {
			return this.file.getFilename();
		}

		@Override
		public String getDescription() {
			return "content-hashed " + this.file.getDescription();
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return this.file.getInputStream();
		}

	}

}
