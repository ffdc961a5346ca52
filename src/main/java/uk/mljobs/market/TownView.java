package uk.mljobs.market;

/**
 * A town where employers hire.
 *
 * @param id database id
 * @param slug URL name
 * @param name display name
 * @param country ISO 3166 country code; {@code GB} for UK towns
 * @param regionId the UK pay region, or {@code null} for a town abroad
 * @param latitude its centre in WGS 84 degrees, or {@code null} when not known
 * @param longitude likewise
 */
public record TownView(long id, String slug, String name, String country, Long regionId, Double latitude,
		Double longitude) {

	/** Mean radius of the Earth, in miles. */
	private static final double EARTH_MILES = 3958.8;

	public TownView(long id, String slug, String name, String country, Long regionId) {
		this(id, slug, name, country, regionId, null, null);
	}

	public boolean located() {
		return this.latitude != null && this.longitude != null;
	}

	/**
	 * Miles from this town's centre to the other's, over the Earth's surface (the
	 * haversine formula); {@code NaN} when either has no coordinates.
	 */
	public double milesTo(TownView other) {
		if (!located() || !other.located()) {
			return Double.NaN;
		}
		double lat1 = Math.toRadians(this.latitude);
		double lat2 = Math.toRadians(other.latitude);
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(other.longitude - this.longitude);
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
				+ Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	public boolean abroad() {
		return !"GB".equals(this.country);
	}

}
