package uk.mljobs.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Races: {@code n} tasks on {@code n} threads, released at the same moment, so that
 * optimistic locks, row locks and unique keys are tested under real contention.
 */
public final class AllAtOnce {

	private AllAtOnce() {
	}

	/** The results of {@code n} tasks ({@code task.apply(i)} is the i-th), in order. */
	public static <T> List<T> run(int n, IntFunction<Callable<T>> task) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				Callable<T> work = task.apply(i);
				futures.add(pool.submit(() -> {
					start.await();
					return work.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
