package uk.mljobs.company;

import java.util.List;

import uk.mljobs.shared.Prose;

/**
 * A sector building ML platforms, as one role guide describes it.
 *
 * @param slug anchor name
 * @param name sector name
 * @param headline what sets the sector apart, in a phrase
 * @param body the portrait, plain text with paragraphs
 * @param employers employers the portrait names
 */
public record SectorProfileView(String slug, String name, String headline, String body, List<EmployerView> employers) {

	public List<Prose.Block> blocks() {
		return Prose.blocks(this.body);
	}

	/**
	 * @param name the employer's name as the guide gives it
	 * @param companyPath our company page, or {@code null} when we have none
	 */
	public record EmployerView(String name, String companyPath) {
	}

}
