package uk.mljobs.salary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The last start-up step: advertised-pay statistics for every window, computed once the
 * other start-up work (demo data above all) has committed, so the first visitor neither
 * waits for the scan nor sees figures from before that work. The app says ready only
 * after this ({@code ReadinessGate} refuses traffic until then).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstFigures implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstFigures.class);

	private final SalaryInsights insights;

	FirstFigures(SalaryInsights insights) {
		this.insights = insights;
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		int cells = 0;
		for (int months : SalaryInsights.WINDOWS) {
			cells += this.insights.statistics(months).size();
		}
		log.info("Advertised pay ready: {} cells over {} windows in {} ms", cells, SalaryInsights.WINDOWS.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

}
