package uk.mljobs.job;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.mljobs.account.AccountView;
import uk.mljobs.account.HeldData;
import uk.mljobs.shared.JsonRows;

/** A recruiter's postings, every field, for their data download. */
@Component
class PostingHeldData implements HeldData {

	private final JdbcTemplate jdbc;

	PostingHeldData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "postings";
	}

	@Override
	public Object about(AccountView account) {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				SELECT p.id, p.title, p.status, c.name AS company, p.work_mode, p.employment_type, p.pay_unit,
				       p.pay_min_gbp, p.pay_max_gbp, p.description_md, p.apply_url, p.apply_email, p.closes_on,
				       p.rejection_reason, p.views, p.created_at, p.updated_at, p.submitted_at, p.published_at,
				       p.ended_at,
				       (SELECT string_agg(t.tag, ', ' ORDER BY t.tag) FROM posting_tag t WHERE t.posting_id = p.id)
				         AS tags
				FROM posting p JOIN company c ON c.id = p.company_id
				WHERE p.recruiter_id = ? ORDER BY p.id""", account.id());
		return JsonRows.of(rows);
	}

}
