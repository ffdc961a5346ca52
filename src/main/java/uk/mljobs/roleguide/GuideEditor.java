package uk.mljobs.roleguide;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.mljobs.market.AdminRole;
import uk.mljobs.market.Market;
import uk.mljobs.market.RoleDetails;
import uk.mljobs.market.RoleUse;
import uk.mljobs.moderation.DecisionAction;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.ModerationLog;
import uk.mljobs.shared.ConflictException;
import uk.mljobs.shared.CuratedContentChanged;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.shared.Slugs;
import uk.mljobs.shared.StaleEditException;

/**
 * How admins write role guides: create a draft guide, edit its head and each of its
 * parts, and publish it (or take it off the site again). A part is saved whole through
 * its own {@link PartEditor}, which knows its fields: its rows are checked together and
 * replace the old ones in one transaction, or nothing is written. Every save starts by
 * moving the guide's version on from the one the page was based on, so a save over
 * someone else's is refused with {@link GuideConflictException}; every save goes into the
 * admin log.
 */
@Service
@Transactional
public class GuideEditor {

	private final Market market;

	private final ModerationLog log;

	private final ApplicationEventPublisher events;

	GuideEditor(Market market, ModerationLog log, ApplicationEventPublisher events) {
		this.market = market;
		this.log = log;
		this.events = events;
	}

	/** The guide moved on since the page was shown. */
	public static class GuideConflictException extends StaleEditException {

		GuideConflictException(long roleId) {
			super("This guide");
		}

	}

	@Transactional(readOnly = true)
	public List<AdminRole> guides() {
		return this.market.allRoles();
	}

	@Transactional(readOnly = true)
	public AdminRole guide(long id) {
		return this.market.adminRole(id).orElseThrow(() -> NotFoundException.of("role guide", String.valueOf(id)));
	}

	// The head of the guide

	/** Creates a draft guide, or records why not in {@code errors} and returns empty. */
	public Optional<Long> create(GuideBasicsForm form, Errors errors, long adminId) {
		String slug = blank(form.slug()) ? Slugs.of(form.title(), 80) : form.slug().strip();
		if (!errors.hasFieldErrors("slug") && (slug.isEmpty() || this.market.roleSlugTaken(slug))) {
			errors.rejectValue("slug", "taken", "Another guide has this address: choose another.");
		}
		RoleDetails details = details(form, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		long id = this.market.createRole(slug, details);
		this.log.record(DecisionSubject.GUIDE, id, details.title(), DecisionAction.CREATE, blankToNull(form.reason()),
				adminId);
		changed(id);
		return Optional.of(id);
	}

	/**
	 * Saves the guide's head; false with {@code errors} filled in when the form has
	 * problems. The guide's address never changes.
	 * @throws GuideConflictException when the guide was saved since the form was shown
	 */
	public boolean reviseBasics(long id, GuideBasicsForm form, Errors errors, long adminId) {
		guide(id);
		RoleDetails details = details(form, errors);
		if (errors.hasErrors()) {
			return false;
		}
		claim(id, form.version());
		this.market.reviseRole(id, details);
		this.log.record(DecisionSubject.GUIDE, id, details.title() + ": title and summary", DecisionAction.EDIT,
				blankToNull(form.reason()), adminId);
		changed(id);
		return true;
	}

	/** Makes a draft guide public. */
	public void publish(long id, String version, long adminId) {
		AdminRole guide = guide(id);
		claim(id, version);
		this.market.publishRole(id);
		this.log.record(DecisionSubject.GUIDE, id, guide.role().title() + ": published", DecisionAction.APPROVE, null,
				adminId);
		changed(id);
	}

	/** Postings still need the guide's role, so it stays published. */
	public static class GuideInUseException extends ConflictException {

		private final RoleUse use;

		GuideInUseException(long roleId, RoleUse use) {
			super("Live or queued postings name this guide's role, so the guide stays published until they end.");
			this.use = use;
		}

		public RoleUse use() {
			return this.use;
		}

	}

	/**
	 * Takes a published guide off the site: its page, the role lists, the checker, the
	 * salary pages, search filters and the posting form no longer offer it, until it is
	 * published again. Its content and bands stay for admins; alerts filtering on it send
	 * nothing meanwhile.
	 * @throws GuideInUseException while live or queued postings name the role
	 * @throws GuideConflictException when the guide was saved since the page was shown
	 */
	public void unpublish(long id, String version, String reason, long adminId) {
		AdminRole guide = guide(id);
		claim(id, version);
		if (!guide.published()) {
			return;
		}
		if (!this.market.unpublishRole(id)) {
			throw new GuideInUseException(id, this.market.roleUse(id));
		}
		this.log.record(DecisionSubject.GUIDE, id, guide.role().title() + ": unpublished", DecisionAction.DISABLE,
				blankToNull(reason), adminId);
		changed(id);
	}

	/** What leans on the guide's role, for the unpublish page. */
	@Transactional(readOnly = true)
	public RoleUse use(long id) {
		return this.market.roleUse(guide(id).role().id());
	}

	// The parts of the guide

	/** The part's rows as its editor shows them, at the guide's current version. */
	@Transactional(readOnly = true)
	<R extends PartRow> PartForm<R> read(PartEditor<R> part, long roleId) {
		AdminRole guide = guide(roleId);
		return part.form(part.rows(roleId), String.valueOf(guide.version()), "");
	}

	/**
	 * Replaces the part with the form's rows (in their order, without the removed and the
	 * empty ones); false with {@code errors} filled in when any row has a problem, and
	 * then nothing is written.
	 * @throws GuideConflictException when the guide was saved since the form was shown
	 */
	<R extends PartRow> boolean save(PartEditor<R> part, long roleId, PartForm<R> form, Errors errors, long adminId) {
		AdminRole guide = guide(roleId);
		if (form.rows().size() > PartForm.MOST_ROWS) {
			errors.reject("rows", "Save at most " + PartForm.MOST_ROWS + " rows at a time.");
			return false;
		}
		if (form.reason() != null && form.reason().length() > PartForm.LONGEST_REASON) {
			errors.rejectValue("reason", "Size", "Use at most " + PartForm.LONGEST_REASON + " characters.");
		}
		Runnable write = part.check(guide, Kept.of(form.rows(), part.ids(roleId), errors), errors);
		if (errors.hasErrors()) {
			return false;
		}
		claim(roleId, form.version());
		write.run();
		this.log.record(DecisionSubject.GUIDE, roleId,
				guide.role().title() + ": " + part.part().label().toLowerCase(Locale.UK), DecisionAction.EDIT,
				blankToNull(form.reason()), adminId);
		changed(roleId);
		return true;
	}

	// Helpers

	private RoleDetails details(GuideBasicsForm form, Errors errors) {
		Integer tenure = null;
		if (!blank(form.tenureMonths()) && !errors.hasFieldErrors("tenureMonths")) {
			tenure = Integer.parseInt(form.tenureMonths().strip());
			if (tenure < 1 || tenure > 600) {
				errors.rejectValue("tenureMonths", "range",
						"Enter a number of months from 1 to 600, or leave it empty.");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new RoleDetails(form.title().strip(), form.tagline().strip(), form.summary().strip(),
				form.sourceTitle().strip(), form.sourceUpdated().strip(), tenure);
	}

	private void claim(long roleId, String version) {
		if (version == null || !version.strip().matches("\\d{1,9}")
				|| !this.market.claimRole(roleId, Integer.parseInt(version.strip()))) {
			throw new GuideConflictException(roleId);
		}
	}

	private void changed(long roleId) {
		this.events.publishEvent(new CuratedContentChanged("guide " + roleId));
	}

	private static String blankToNull(String value) {
		return blank(value) ? null : value.strip();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
