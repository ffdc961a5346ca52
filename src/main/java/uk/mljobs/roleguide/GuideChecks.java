package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

	private final GuideEditor editor;

	private final GuidePartReader reader;

	GuideChecks(GuideEditor editor, GuidePartReader reader) {
		this.editor = editor;
		this.reader = reader;
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
		Map<GuidePart, Integer> sizes = this.editor.sizes(role.id());
		String base = "/admin/guides/" + role.id();
		List<Check> checks = new ArrayList<>();
		checks.add(new Check("At least one level", sizes.getOrDefault(GuidePart.LEVELS, 0) > 0, base + "/levels"));
		checks.add(new Check("At least one section of the guide's text", sizes.getOrDefault(GuidePart.SECTIONS, 0) > 0,
				base + "/sections"));
		boolean pay = sizes.getOrDefault(GuidePart.PAY, 0) > 0 || sizes.getOrDefault(GuidePart.STAGES, 0) > 0
				|| this.reader.textQuotesPay(role.id());
		if (pay) {
			checks.add(new Check("A source and its date for the pay figures",
					!blank(role.sourceTitle()) && !blank(role.sourceUpdated()), base + "#head-title"));
		}
		return checks;
	}

	boolean ready(AdminRole guide) {
		return of(guide).stream().allMatch(Check::met);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
