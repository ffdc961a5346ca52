package uk.mljobs.imports;

import org.springframework.stereotype.Component;

import uk.mljobs.company.CareersSiteOpenings;

/** The company page's count of openings its feeds list without stated pay. */
@Component
class ImportedOpenings implements CareersSiteOpenings {

	private final Sources sources;

	ImportedOpenings(Sources sources) {
		this.sources = sources;
	}

	@Override
	public int withoutStatedPay(long companyId) {
		return this.sources.withoutPay(companyId);
	}

}
