package uk.mljobs.roleguide;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.validation.Errors;

import uk.mljobs.market.AdminRole;

/**
 * The editor of one part of a guide: how its rows are read, counted, offered empty,
 * posted, checked and written. {@link GuideEditor} saves any part through it.
 *
 * @param <R> the part's own row
 */
interface PartEditor<R extends PartRow> {

	GuidePart part();

	/** The part's rows as the editor shows them. */
	List<R> rows(long roleId);

	/** How many entries the guide holds in this part. */
	int count(long roleId);

	/** Ids of the guide's rows in this part, for refusing a row of another guide. */
	Set<Long> ids(long roleId);

	/** An empty row for a new entry. */
	R blank();

	/** The form record the part is posted as. */
	Class<? extends PartForm<R>> formType();

	PartForm<R> form(List<R> rows, String version, String reason);

	/**
	 * Checks the rows that stay (in the order asked for) into {@code errors}, and returns
	 * the write to run once the whole form passed; the caller runs it in its transaction.
	 */
	Runnable check(AdminRole guide, List<Kept<R>> rows, Errors errors);

	/** What the part's page offers to choose from, by model name. */
	default Map<String, Object> choices() {
		return Map.of();
	}

}
