package uk.mljobs.search;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The OpenSearch REST API through the plain {@code opensearch-java} client: JSON bodies
 * in, JSON trees out. Requests that cannot be made, or that the cluster fails with a 5xx,
 * are {@link SearchUnavailableException}s, so searches fall back to PostgreSQL.
 */
final class OpenSearchHttp implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final OpenSearchTransport transport;

	private final OpenSearchGenericClient client;

	OpenSearchHttp(String url) {
		URI uri = URI.create(url);
		HttpHost host = new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort());
		this.transport = ApacheHttpClient5TransportBuilder.builder(host)
			.setMapper(new JacksonJsonpMapper())
			.setRequestConfigCallback((config) -> config.setConnectionRequestTimeout(Timeout.ofSeconds(2))
				.setResponseTimeout(Timeout.ofSeconds(30)))
			.build();
		this.client = new OpenSearchClient(this.transport).generic();
	}

	static ObjectMapper json() {
		return JSON;
	}

	/** A request with a JSON body (or none); the answer, or {@code null} for a 404. */
	JsonNode send(String method, String path, Object body) {
		return send(method, path, body, Map.of());
	}

	JsonNode send(String method, String path, Object body, Map<String, String> parameters) {
		try {
			var request = Requests.builder().method(method).endpoint(path).query(parameters);
			if (body != null) {
				request.json((body instanceof String text) ? text : JSON.writeValueAsString(body));
			}
			return answer(method, path, this.client.execute(request.build()));
		}
		catch (IOException ex) {
			throw new SearchUnavailableException("OpenSearch did not answer " + method + " " + path, ex);
		}
	}

	/** A bulk request: one action and (for index) one document a pair of lines. */
	JsonNode bulk(List<String> lines, boolean refresh) {
		StringBuilder body = new StringBuilder();
		lines.forEach((line) -> body.append(line).append('\n'));
		try {
			Response response = this.client
				.execute(Requests.create("POST", "/_bulk", List.of(), refresh ? Map.of("refresh", "true") : Map.of(),
						Body.from(body.toString().getBytes(StandardCharsets.UTF_8), "application/x-ndjson")));
			JsonNode answer = answer("POST", "/_bulk", response);
			if (answer != null && answer.path("errors").asBoolean()) {
				throw new SearchUnavailableException("OpenSearch refused part of a bulk write: " + answer.path("items")
					.toString()
					.substring(0, Math.min(500, answer.path("items").toString().length())), null);
			}
			return answer;
		}
		catch (IOException ex) {
			throw new SearchUnavailableException("OpenSearch did not take a bulk write", ex);
		}
	}

	private static JsonNode answer(String method, String path, Response response) throws IOException {
		try (response) {
			int status = response.getStatus();
			String text = response.getBody().map(Body::bodyAsString).orElse("");
			if (status == 404) {
				return null;
			}
			if (status >= 500 || status == 429) {
				throw new SearchUnavailableException("OpenSearch answered " + status + " to " + method + " " + path,
						null);
			}
			if (status >= 400) {
				throw new IllegalStateException("OpenSearch refused " + method + " " + path + " (" + status + "): "
						+ text.substring(0, Math.min(text.length(), 1000)));
			}
			return text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
		}
	}

	@Override
	public void close() throws IOException {
		this.transport.close();
	}

}
