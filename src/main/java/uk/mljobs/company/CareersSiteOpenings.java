package uk.mljobs.company;

/**
 * What a company's own careers site lists that the board does not publish: openings
 * without stated pay, counted at the last read of the company's feeds. The importer
 * answers it; without one, every count is 0.
 */
public interface CareersSiteOpenings {

	/** Openings on the company's careers site left out for want of stated pay. */
	int withoutStatedPay(long companyId);

}
