package uk.mljobs.salary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.mljobs.account.SignedInUser;
import uk.mljobs.market.AdminRole;
import uk.mljobs.market.LevelView;
import uk.mljobs.market.Market;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.salary.BandChange.Action;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.shared.Pounds;
import uk.mljobs.shared.StaleEditException;
import uk.mljobs.shared.UkTime;

/**
 * How admins curate salary bands: create, edit (which also counts as a review), retire.
 * Every change records who, when, why, and each field before and after, in the same
 * transaction as the change. An edit based on an out-of-date version is refused with
 * {@link BandConflictException}, never applied over someone else's.
 */
@Service
@Transactional
public class SalaryCuration {

	/** The sane range for an annual band, in pounds. */
	static final int LOWEST = 10_000;

	static final int HIGHEST = 1_000_000;

	private static final Logger log = LoggerFactory.getLogger(SalaryCuration.class);

	private final SalaryBands bands;

	private final BandHistory history;

	private final Market market;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SalaryCuration(SalaryBands bands, BandHistory history, Market market, ApplicationEventPublisher events,
			Clock clock) {
		this.bands = bands;
		this.history = history;
		this.market = market;
		this.events = events;
		this.clock = clock;
	}

	/** The band's version has moved on since the form was shown. */
	public static class BandConflictException extends StaleEditException {

		private final transient AdminBand current;

		BandConflictException(AdminBand current) {
			super("This salary band");
			this.current = current;
		}

		public AdminBand current() {
			return this.current;
		}

	}

	/** Every band of a role (live first, then retired), or of every role. */
	@Transactional(readOnly = true)
	public List<AdminBand> bands(RoleView onlyRole) {
		Lookup lookup = lookup();
		return this.market.allRoles()
			.stream()
			.map(AdminRole::role)
			.filter((role) -> onlyRole == null || role.id() == onlyRole.id())
			.flatMap((role) -> this.bands.findByRoleIdOrderByLevelIdAscRegionIdAscIdAsc(role.id()).stream())
			.map(lookup::view)
			.sorted(java.util.Comparator.comparing(AdminBand::retired)
				.thenComparing((band) -> band.role().id())
				.thenComparing((band) -> band.level().position())
				.thenComparing((band) -> band.region().id()))
			.toList();
	}

	@Transactional(readOnly = true)
	public AdminBand band(long id) {
		return lookup().view(found(id));
	}

	@Transactional(readOnly = true)
	public List<BandChange> history(long id) {
		found(id);
		return this.history.of(id);
	}

	@Transactional(readOnly = true)
	public List<BandChange> changes(int limit, int offset) {
		return this.history.recent(limit, offset);
	}

	@Transactional(readOnly = true)
	public long changeCount() {
		return this.history.count();
	}

	/** Creates a band, or records why not in {@code errors} and returns empty. */
	public Optional<Long> create(BandForm form, Errors errors, SignedInUser admin) {
		LevelView level = level(form.level(), errors);
		RegionView region = region(form.region(), errors);
		BandFigures figures = figures(form, errors);
		if (level != null && region != null
				&& this.bands.existsByLevelIdAndRegionIdAndRetiredAtIsNull(level.id(), region.id())) {
			errors.rejectValue("level", "duplicate",
					"This level already has a live band in " + region.name() + ": edit that one, or retire it first.");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		SalaryBand band = this.bands
			.saveAndFlush(new SalaryBand(level.roleId(), level.id(), region.id(), figures, now));
		this.history.record(band.id(), Action.CREATED, form.reason().strip(), admin.id(), admin.displayName(), now,
				figures.values()
					.entrySet()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, (e) -> new String[] { null, e.getValue() },
							(a, b) -> a, java.util.LinkedHashMap::new)));
		this.events.publishEvent(new SalaryBandsChanged(band.id()));
		log.info("Admin {} created salary band {}", admin.id(), band.id());
		return Optional.of(band.id());
	}

	/**
	 * Applies new figures; saving unchanged figures records a review.
	 * @return false, with {@code errors} filled, when the form has problems
	 * @throws BandConflictException when the form was based on an older version
	 */
	public boolean update(long id, BandForm form, Errors errors, SignedInUser admin) {
		SalaryBand band = current(id, form.version());
		BandFigures figures = figures(form, errors);
		if (errors.hasErrors()) {
			return false;
		}
		Instant now = this.clock.instant();
		Map<String, String[]> changed = band.revise(figures, now);
		this.bands.saveAndFlush(band);
		this.history.record(id, changed.isEmpty() ? Action.REVIEWED : Action.EDITED, form.reason().strip(), admin.id(),
				admin.displayName(), now, changed);
		this.events.publishEvent(new SalaryBandsChanged(id));
		log.info("Admin {} {} salary band {}", admin.id(), changed.isEmpty() ? "reviewed" : "edited", id);
		return true;
	}

	/**
	 * Takes a band out of the public tables; its cell can then take a new band.
	 * @throws BandConflictException when the form was based on an older version
	 */
	public void retire(long id, RetireForm form, SignedInUser admin) {
		SalaryBand band = current(id, form.version());
		Instant now = this.clock.instant();
		band.retire(now);
		this.bands.saveAndFlush(band);
		this.history.record(id, Action.RETIRED, form.reason().strip(), admin.id(), admin.displayName(), now, Map.of());
		this.events.publishEvent(new SalaryBandsChanged(id));
		log.info("Admin {} retired salary band {}", admin.id(), id);
	}

	/** The band, if the form was based on its current version and it is still live. */
	private SalaryBand current(long id, String version) {
		SalaryBand band = found(id);
		if (band.retired() || !String.valueOf(band.version()).equals(version)) {
			throw new BandConflictException(lookup().view(band));
		}
		return band;
	}

	private SalaryBand found(long id) {
		return this.bands.findById(id).orElseThrow(() -> NotFoundException.of("salary band", String.valueOf(id)));
	}

	private LevelView level(String value, Errors errors) {
		Optional<LevelView> level = this.market.allLevels()
			.stream()
			.filter((candidate) -> String.valueOf(candidate.id()).equals(value))
			.findFirst();
		if (level.isEmpty()) {
			errors.rejectValue("level", "unknown", "Choose a role and level from the list.");
		}
		return level.orElse(null);
	}

	private RegionView region(String value, Errors errors) {
		Optional<RegionView> region = this.market.regions()
			.stream()
			.filter((candidate) -> candidate.slug().equals(value))
			.findFirst();
		if (region.isEmpty()) {
			errors.rejectValue("region", "unknown", "Choose a region from the list.");
		}
		return region.orElse(null);
	}

	/**
	 * The figures of a form whose fields passed their own constraints ({@link BandForm});
	 * null, with a message in {@code errors}, if the year is out of range or anything in
	 * the form failed.
	 */
	private BandFigures figures(BandForm form, Errors errors) {
		int thisYear = UkTime.today(this.clock).getYear();
		Integer year = null;
		String yearText = (form.asOfYear() != null) ? form.asOfYear().strip() : "";
		if (yearText.matches("\\d{4}") && Integer.parseInt(yearText) >= 2000
				&& Integer.parseInt(yearText) <= thisYear + 1) {
			year = Integer.parseInt(yearText);
		}
		else {
			errors.rejectValue("asOfYear", "range",
					"Enter the year the figures describe, from 2000 to " + (thisYear + 1) + ".");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new BandFigures(Pounds.parse(form.min()).getAsInt(), Pounds.parse(form.max()).getAsInt(),
				form.isOpenEnded(), form.source().strip(), year);
	}

	private Lookup lookup() {
		return new Lookup(
				this.market.allRoles()
					.stream()
					.map(AdminRole::role)
					.collect(Collectors.toMap(RoleView::id, Function.identity())),
				this.market.allLevels().stream().collect(Collectors.toMap(LevelView::id, Function.identity())),
				this.market.regions().stream().collect(Collectors.toMap(RegionView::id, Function.identity())));
	}

	private record Lookup(Map<Long, RoleView> roles, Map<Long, LevelView> levels, Map<Long, RegionView> regions) {

		AdminBand view(SalaryBand band) {
			return new AdminBand(band.id(), band.version(), this.roles.get(band.roleId()),
					this.levels.get(band.levelId()), this.regions.get(band.regionId()), band.figures(),
					band.reviewedAt(), band.retiredAt());
		}

	}

}
