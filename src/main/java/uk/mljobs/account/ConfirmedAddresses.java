package uk.mljobs.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The confirmed addresses of accounts, for the verified-employer rule that every page of
 * search results asks. One statement on whatever connection is at hand: no transaction of
 * its own and no entities, because it sits on the search path.
 */
@Component
public class ConfirmedAddresses {

	private final JdbcTemplate jdbc;

	ConfirmedAddresses(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The confirmed addresses of the accounts among {@code ids} that have confirmed
	 * theirs, by account id.
	 */
	public Map<Long, String> of(Collection<Long> ids) {
		Map<Long, String> emails = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.query("SELECT id, email FROM account WHERE id = ANY (?) AND email_verified_at IS NOT NULL",
					(RowCallbackHandler) (rs) -> emails.put(rs.getLong(1), rs.getString(2)),
					(Object) ids.toArray(Long[]::new));
		}
		return emails;
	}

}
