package uk.mljobs.seeker;

import org.springframework.stereotype.Component;

import uk.mljobs.account.AccountView;
import uk.mljobs.account.HeldData;
import uk.mljobs.shared.JsonRows;

/** The jobs a seeker saved, applied to, noted or hid, for their data download. */
@Component
class SeekerHeldData implements HeldData {

	private final SeekerJobs jobs;

	SeekerHeldData(SeekerJobs jobs) {
		this.jobs = jobs;
	}

	@Override
	public String section() {
		return "trackedJobs";
	}

	@Override
	public Object about(AccountView account) {
		return JsonRows.of(this.jobs.held(account.id()));
	}

}
