package uk.mljobs.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * OpenSearch 2.19 as a process of its own for the benchmark ({@code bench/run.sh}), on
 * machines without Docker: the same node the tests start, answering on loopback.
 * Arguments: the HTTP port, and a folder for its data.
 */
public final class OpenSearchServer {

	private OpenSearchServer() {
	}

	public static void main(String[] args) throws Exception {
		Path home = Files.createDirectories(Path.of(args[1]));
		EmbeddedOpenSearch.start(home, Integer.parseInt(args[0]));
		System.out.println("OpenSearch ready on port " + args[0]);
		Thread.currentThread().join();
	}

}
