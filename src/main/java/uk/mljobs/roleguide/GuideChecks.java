package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.mljobs.market.AdminRole;
import uk.mljobs.market.RoleView;

/**
 * What a guide needs before it goes out: its levels (the salary tables, the checker and
 * the posting form use them), at least one section of prose, and, where it gives any pay
 * figure (market pay, day rates, career stages, or a sum in pounds in its text), the
 * source and date those figures come from.
 */
@Component
class GuideChecks {

	private final GuideParts parts;

	private final JdbcTemplate jdbc;

	GuideChecks(GuideParts parts, JdbcTemplate jdbc) {
		this.parts = parts;
		this.jdbc = jdbc;
	}

	/**
	 * One requirement, met or not.
	 *
	 * @param fix where an admin fills it in
	 */
	record Check(String label, boolean met, String fix) {
	}

	List<Check> of(AdminRole guide) {
		RoleView role = guide.role();
		Map<GuidePart, Integer> sizes = this.parts.sizes(role.id());
		String base = "/admin/guides/" + role.id();
		List<Check> checks = new ArrayList<>();
		checks.add(new Check("At least one level", sizes.getOrDefault(GuidePart.LEVELS, 0) > 0, base + "/levels"));
		checks.add(new Check("At least one section of the guide's text", sizes.getOrDefault(GuidePart.SECTIONS, 0) > 0,
				base + "/sections"));
		boolean pay = sizes.getOrDefault(GuidePart.PAY, 0) > 0 || sizes.getOrDefault(GuidePart.STAGES, 0) > 0
				|| textQuotesPay(role.id());
		if (pay) {
			checks.add(new Check("A source and its date for the pay figures",
					!blank(role.sourceTitle()) && !blank(role.sourceUpdated()), base + "#head-title"));
		}
		return checks;
	}

	boolean ready(AdminRole guide) {
		return of(guide).stream().allMatch(Check::met);
	}

	/**
	 * Whether the guide's own text (sections, questions' answers, fact lists) quotes a
	 * sum in pounds, such as "£95,000" or "£650 a day".
	 */
	private boolean textQuotesPay(long roleId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM guide_section WHERE role_id = ? AND body ~ '£ ?[0-9]')
				    OR EXISTS (SELECT 1 FROM faq WHERE role_id = ? AND answer ~ '£ ?[0-9]')
				    OR EXISTS (SELECT 1 FROM role_fact WHERE role_id = ?
				               AND (text ~ '£ ?[0-9]' OR coalesce(detail, '') ~ '£ ?[0-9]'))""", Boolean.class, roleId,
				roleId, roleId));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
