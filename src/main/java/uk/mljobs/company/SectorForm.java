package uk.mljobs.company;

/**
 * A sector an admin adds; the service checks the name.
 */
record SectorForm(String name) {

	static SectorForm empty() {
		return new SectorForm("");
	}

}
