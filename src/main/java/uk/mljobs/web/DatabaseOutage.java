package uk.mljobs.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means PostgreSQL is away (restarting, frozen, out of connections)
 * rather than that the app broke. Such a request is answered 503 with a Retry-After, so
 * clients and load balancers retry instead of reporting a bug, and the log gets one line
 * instead of a stack trace per request while the database is down.
 */
final class DatabaseOutage {

	/** Seconds a client is asked to wait: about one pool connection timeout. */
	static final int RETRY_AFTER_SECONDS = 5;

	private DatabaseOutage() {
	}

	static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof QueryTimeoutException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isClosedByPool(sql))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * HikariCP's answer (without an SQL state) for a connection it has already dropped
	 * because the server ended it: typically the rollback after the failed statement.
	 */
	private static boolean isClosedByPool(SQLException sql) {
		return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
	}

	/**
	 * SQL states of a lost or refused connection: class 08 (connection exception) and
	 * 57P01-57P03 (the server is shutting down, crashed, or not yet accepting).
	 */
	private static boolean isConnectionState(String state) {
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

}
