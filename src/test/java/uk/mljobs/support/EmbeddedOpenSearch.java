package uk.mljobs.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * One OpenSearch 2.19 for the whole test run: a container where a Docker engine answers,
 * otherwise a real node started inside the test JVM (the server and its netty and common
 * analysis modules from Maven Central), on free loopback ports, deleted when the JVM
 * exits. Each test context uses an index of its own on it.
 */
public final class EmbeddedOpenSearch {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedOpenSearch.class);

	private static String url;

	private EmbeddedOpenSearch() {
	}

	/** The node's address, starting it on first use. */
	public static synchronized String url() {
		if (url == null) {
			url = TestDatabase.useDocker() ? container() : inThisJvm();
		}
		return url;
	}

	@SuppressWarnings("resource")
	private static String container() {
		GenericContainer<?> container = new GenericContainer<>("opensearchproject/opensearch:2.19.2")
			.withEnv("discovery.type", "single-node")
			.withEnv("DISABLE_SECURITY_PLUGIN", "true")
			.withEnv("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m")
			.withExposedPorts(9200)
			.waitingFor(Wait.forHttp("/_cluster/health").forPort(9200).withStartupTimeout(Duration.ofMinutes(3)));
		container.start();
		log.info("Tests use OpenSearch in a container");
		return "http://" + container.getHost() + ":" + container.getMappedPort(9200);
	}

	private static String inThisJvm() {
		try {
			Path home = Files.createTempDirectory("mljobs-opensearch");
			int http = freePort();
			Node node = start(home, http);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					node.close();
				}
				catch (IOException ex) {
					log.warn("Closing the test OpenSearch node: {}", ex.toString());
				}
				delete(home);
			}, "stop-test-opensearch"));
			return "http://127.0.0.1:" + http;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start the test OpenSearch node", ex);
		}
	}

	/**
	 * Starts a single-node OpenSearch with its data under {@code home}, answering HTTP on
	 * loopback at {@code http}.
	 */
	public static Node start(Path home, int http) throws Exception {
		Settings settings = Settings.builder()
			.put("path.home", home.toString())
			.put("path.data", home.resolve("data").toString())
			.put("path.logs", home.resolve("logs").toString())
			.put("cluster.name", "mljobs-test")
			.put("node.name", "mljobs-test")
			.put("discovery.type", "single-node")
			.put("network.host", "127.0.0.1")
			.put("http.port", http)
			.put("transport.port", freePort())
			.put("http.type", "netty4")
			.put("transport.type", "netty4")
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.build();
		long started = System.nanoTime();
		Node node = new PluginNode(settings);
		node.start();
		log.info("An OpenSearch node in this JVM answers on port {}, started in {} ms", http,
				(System.nanoTime() - started) / 1_000_000);
		return node;
	}

	/** A node with the modules a distribution would load from its modules folder. */
	private static final class PluginNode extends Node {

		PluginNode(Settings settings) {
			super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "mljobs-test"),
					List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
		}

	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
