package uk.mljobs.alert;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.mljobs.account.AccountView;
import uk.mljobs.account.HeldData;
import uk.mljobs.shared.JsonRows;

/** The job alerts of the account's address, for its data download. */
@Component
class AlertHeldData implements HeldData {

	private final JdbcTemplate jdbc;

	AlertHeldData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "jobAlertsOfTheAddress";
	}

	@Override
	public Object about(AccountView account) {
		return JsonRows.of(this.jdbc.queryForList("""
				SELECT id, label, query, frequency, created_at, confirmed_at, last_sent_at FROM job_alert
				WHERE email = ? ORDER BY id""", account.email()));
	}

}
