package uk.mljobs.company;

import java.util.List;

import uk.mljobs.market.TownView;
import uk.mljobs.shared.CompanyMark;

/**
 * A company known to hire ML engineers.
 *
 * @param id database id
 * @param slug URL name
 * @param name display name
 * @param sector its sector
 * @param locations where it hires, as published
 * @param remoteUk whether it hires people working remotely from anywhere in the UK
 * @param summary what its ML work is, in our words
 * @param requirement a condition applicants must meet (security clearance), or
 * {@code null}
 * @param website its careers or home page, or {@code null}
 * @param logoUrl an https image of its logo, for Google for Jobs, or {@code null}
 * @param logo its uploaded logo, served by us, or {@code null}
 * @param towns the towns it hires in
 * @param focusAreas what it uses ML for
 */
public record CompanyView(long id, String slug, String name, SectorView sector, String locations, boolean remoteUk,
		String summary, String requirement, String website, String logoUrl, CompanyLogo logo, List<TownView> towns,
		List<String> focusAreas) {

	public String path() {
		return "/companies/" + this.slug;
	}

	/** Its logo beside its name, or its monogram while it has none. */
	public CompanyMark mark() {
		return (this.logo != null) ? this.logo.mark(this.name) : new CompanyMark(this.name, null);
	}

}
