package uk.mljobs.market;

/**
 * A town where employers hire.
 *
 * @param id database id
 * @param slug URL name
 * @param name display name
 * @param country ISO 3166 country code; {@code GB} for UK towns
 * @param regionId the UK pay region, or {@code null} for a town abroad
 */
public record TownView(long id, String slug, String name, String country, Long regionId) {

	public boolean abroad() {
		return !"GB".equals(this.country);
	}

}
