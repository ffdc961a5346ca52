package uk.mljobs.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.mljobs.company.CompanyView;
import uk.mljobs.market.LevelView;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.market.TownView;
import uk.mljobs.salary.PayBenchmark;

/**
 * Everything a posting's page shows.
 *
 * @param descriptionHtml sanitised at write time by {@link DescriptionRenderer}
 * @param applyHref the apply link: the recruiter's https address, or a mailto: link
 * @param benchmark the curated range for the same role, level and region, if there is one
 * @param position where the advertised pay sits against it
 * <p>
 * {@code lastSeenOnSource} is when a run last found an imported posting on its employer's
 * site ({@code null} for others); {@code goneFromSource} that a run closed it because the
 * site no longer lists it.
 */
public record PostingPage(long id, String title, String slug, String path, PostingStatus status, String rejectionReason,
		CompanyView company, RoleView role, LevelView level, RegionView region, TownView town, WorkMode workMode,
		String remoteResidency, EmploymentType employmentType, String pay, boolean perDay, int payMin, int payMax,
		Ir35 ir35, Clearance clearance, boolean visaSponsorship, List<String> tools, List<String> tags,
		String descriptionHtml, String applyHref, boolean applyByEmail, LocalDate closesOn, LocalDate postedOn,
		boolean acceptingApplications, boolean sample, int version, PayBenchmark benchmark,
		PayBenchmark.Position position, boolean agency, boolean verifiedEmployer, boolean notConfirmed,
		boolean guideOnline, Instant lastSeenOnSource, boolean goneFromSource, Duplicates.Fold fold) {

	public String location() {
		return switch (this.workMode) {
			case REMOTE -> "Remote (" + this.remoteResidency + ")";
			case HYBRID -> this.town.name() + " (hybrid)";
			case ON_SITE -> this.town.name();
		};
	}

}
