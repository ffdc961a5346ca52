package uk.mljobs.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Only Java is needed to run the board: when no PostgreSQL answers at the default address
 * ({@value #DEFAULT_URL}), the app starts an embedded PostgreSQL (binaries from Maven
 * Central) whose data stays under {@code mljobs.database-dir} ({@code data/postgres} in
 * the working directory) across restarts, and says so in one log line.
 * {@code MLJOBS_DATABASE} chooses: {@code auto} (the default) as above, {@code server}
 * never starts one (start-up then says how to reach a server), {@code embedded} always
 * does. A configured database URL other than the default is always used as it is; tests
 * choose their own database.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor {

	static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/mljobs";

	private final Log log;

	public EmbeddedDatabase(DeferredLogFactory logs) {
		this.log = logs.getLog(EmbeddedDatabase.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String mode = environment.getProperty("mljobs.database", "auto").strip().toLowerCase(Locale.ROOT);
		if (!mode.equals("auto") && !mode.equals("server") && !mode.equals("embedded")) {
			throw new IllegalStateException("MLJOBS_DATABASE is auto, server or embedded, not '" + mode + "'");
		}
		if (mode.equals("server") || Arrays.asList(environment.getActiveProfiles()).contains("test")) {
			return;
		}
		if (mode.equals("auto") && (!DEFAULT_URL.equals(environment.getProperty("spring.datasource.url"))
				|| answers("localhost", 5432))) {
			return;
		}
		Path directory = Path.of(environment.getProperty("mljobs.database-dir", "data/postgres")).toAbsolutePath();
		EmbeddedPostgres postgres = start(directory);
		int port = postgres.getPort();
		// Stopped with the application (and, failing that, when the JVM exits).
		application.addListeners((org.springframework.context.ApplicationListener<ContextClosedEvent>) (closed) -> {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				this.log.warn("The embedded PostgreSQL did not stop cleanly: " + ex.getMessage());
			}
		});
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres",
					Map.of("spring.datasource.url", "jdbc:postgresql://localhost:" + port + "/mljobs",
							"spring.datasource.username", "postgres", "spring.datasource.password", "")));
		this.log.info("Using an embedded PostgreSQL on port " + port + " with its data in " + directory + " ("
				+ (mode.equals("auto") ? "nothing answers at localhost:5432" : "MLJOBS_DATABASE=embedded")
				+ "; MLJOBS_DATABASE=server refuses it)");
	}

	/** Starts the embedded server over {@code directory} (kept across starts). */
	public static EmbeddedPostgres start(Path directory) {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setPGStartupWait(java.time.Duration.ofSeconds(60))
				.start();
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The embedded PostgreSQL could not start over " + directory, ex);
		}
	}

	/**
	 * Whether something accepts connections at {@code host:port} within half a second.
	 */
	public static boolean answers(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
