package uk.mljobs.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.mljobs.account.AccountView;
import uk.mljobs.account.HeldData;
import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.shared.JsonRows;

/** A recruiter's postings, every field, for their data download. */
@Component
class PostingHeldData implements HeldData {

	private final JdbcTemplate jdbc;

	private final CompanyDirectory companies;

	PostingHeldData(JdbcTemplate jdbc, CompanyDirectory companies) {
		this.jdbc = jdbc;
		this.companies = companies;
	}

	@Override
	public String section() {
		return "postings";
	}

	@Override
	public Object about(AccountView account) {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				SELECT p.id, p.title, p.status, p.company_id AS company, p.work_mode, p.employment_type, p.pay_unit,
				       p.pay_min_gbp, p.pay_max_gbp, p.description_md, p.apply_url, p.apply_email, p.closes_on,
				       p.rejection_reason, p.created_at, p.updated_at, p.submitted_at, p.published_at,
				       p.ended_at,
				       (SELECT string_agg(t.tag, ', ' ORDER BY t.tag) FROM posting_tag t WHERE t.posting_id = p.id)
				         AS tags
				FROM posting p
				WHERE p.recruiter_id = ? ORDER BY p.id""", account.id());
		// The company by name, as the recruiter knows it: companies are the company
		// feature's.
		Map<Long, String> names = this.companies.names();
		List<Map<String, Object>> named = new ArrayList<>();
		for (Map<String, Object> row : JsonRows.of(rows)) {
			Map<String, Object> copy = new LinkedHashMap<>(row);
			copy.put("company", names.get(((Number) row.get("company")).longValue()));
			named.add(copy);
		}
		return named;
	}

}
