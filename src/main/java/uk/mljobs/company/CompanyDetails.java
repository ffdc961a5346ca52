package uk.mljobs.company;

import java.util.List;
import java.util.Set;

/**
 * Everything an admin sets on a company, checked and cleaned.
 */
record CompanyDetails(String name, long sectorId, String locations, boolean remoteUk, String summary,
		String requirement, String website, String logoUrl, Set<Long> townIds, List<String> focusAreas) {
}
