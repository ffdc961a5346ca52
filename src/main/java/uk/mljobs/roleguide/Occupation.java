package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.mljobs.salary.MarketSalaryView;
import uk.mljobs.salary.SalaryTable;

/**
 * schema.org {@code Occupation} structured data for a guide, with its salary figures as
 * {@code estimatedSalary} distributions.
 */
final class Occupation {

	private Occupation() {
	}

	static Map<String, Object> of(RoleGuidePage page, String url) {
		Map<String, Object> occupation = new LinkedHashMap<>();
		occupation.put("@context", "https://schema.org");
		occupation.put("@type", "Occupation");
		occupation.put("name", page.guide().role().title());
		occupation.put("description", page.guide().role().summary());
		occupation.put("mainEntityOfPage", url);
		occupation.put("occupationLocation", List.of(Map.of("@type", "Country", "name", "United Kingdom")));
		List<Map<String, Object>> salaries = new ArrayList<>();
		for (SalaryTable.Row row : page.pay().table().rows()) {
			for (SalaryTable.Cell cell : row.cells()) {
				if (cell.range() != null) {
					Map<String, Object> salary = distribution(row.level().title() + ", " + cell.region().name());
					salary.put("minValue", cell.range().min());
					salary.put("maxValue", cell.range().max());
					salaries.add(salary);
				}
			}
		}
		for (MarketSalaryView market : page.pay().marketSalaries()) {
			Map<String, Object> salary = distribution(page.guide().role().title() + ", " + market.where());
			salary.put("median", market.median());
			if (market.range() != null) {
				salary.put("minValue", market.range().min());
				salary.put("maxValue", market.range().max());
			}
			salaries.add(salary);
		}
		if (!salaries.isEmpty()) {
			occupation.put("estimatedSalary", salaries);
		}
		List<String> skills = new ArrayList<>();
		page.guide().essentialSkills().forEach((skill) -> skills.add(skill.name()));
		page.guide()
			.stack()
			.forEach((category) -> category.tools().forEach((entry) -> skills.add(entry.tool().name())));
		if (!skills.isEmpty()) {
			occupation.put("skills", String.join(", ", skills));
		}
		return occupation;
	}

	private static Map<String, Object> distribution(String name) {
		Map<String, Object> salary = new LinkedHashMap<>();
		salary.put("@type", "MonetaryAmountDistribution");
		salary.put("name", name);
		salary.put("currency", "GBP");
		salary.put("duration", "P1Y");
		return salary;
	}

}
