package uk.mljobs.roleguide;

import java.util.Arrays;
import java.util.List;

import uk.mljobs.company.CompanyView;
import uk.mljobs.company.HiringLocationView;
import uk.mljobs.company.SectorProfileView;
import uk.mljobs.salary.RolePay;

/**
 * Everything a role guide page shows: the guide's own content with the role's pay,
 * employers, sectors and locations from the features that own them.
 *
 * @param guide the guide content
 * @param pay bands, day rates and market salaries
 * @param companies companies hiring for the role
 * @param sectors sectors building ML platforms
 * @param locations where the jobs are
 */
record RoleGuidePage(RoleGuide guide, RolePay pay, List<CompanyView> companies, List<SectorProfileView> sectors,
		List<HiringLocationView> locations) {

	/**
	 * The topics this guide has something to say about, in page order; others are left
	 * out.
	 */
	List<GuideTopic> topics() {
		return Arrays.stream(GuideTopic.values()).filter(this::hasContent).toList();
	}

	private boolean hasContent(GuideTopic topic) {
		if (!this.guide.sectionsOn(topic).isEmpty()) {
			return true;
		}
		return switch (topic) {
			case OVERVIEW ->
				!this.guide.factsOf("REPORTING_LINE").isEmpty() || !this.guide.factsOf("TEAM_SETTING").isEmpty();
			case DAY_TO_DAY -> !this.guide.factsOf("TYPICAL_TASK").isEmpty()
					|| !this.guide.factsOf("DAILY_CONCERN").isEmpty() || !this.guide.factsOf("TRADE_OFF").isEmpty();
			case STACK -> !this.guide.stack().isEmpty();
			case SKILLS -> !this.guide.gaps().isEmpty() || !this.guide.essentialSkills().isEmpty()
					|| !this.guide.emergingSkills().isEmpty();
			case PAY -> !this.pay.table().isEmpty() || !this.pay.marketSalaries().isEmpty();
			case CONTRACTING -> !this.pay.dayRates().isEmpty();
			case CAREER -> !this.guide.stages().isEmpty() || !this.guide.factsOf("ENTRY_ROUTE").isEmpty()
					|| !this.guide.factsOf("LATERAL_MOVE").isEmpty();
			case LOCATIONS -> !this.locations.isEmpty();
			case SECTORS -> !this.sectors.isEmpty();
			case COMPANIES -> !this.companies.isEmpty();
			case GETTING_HIRED -> !this.guide.factsOf("INTERVIEW_AREA").isEmpty();
			case FAQ -> !this.guide.questions().isEmpty();
		};
	}

}
