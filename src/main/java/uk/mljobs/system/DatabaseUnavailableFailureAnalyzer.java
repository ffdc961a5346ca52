package uk.mljobs.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
		String reason = (cause.getCause() != null) ? cause.getCause().getMessage() : "no answer";
		return new FailureAnalysis("PostgreSQL is not reachable at " + cause.getUrl() + " (" + reason + ").",
				DatabasePreparation.REMEDY, cause);
	}

}
