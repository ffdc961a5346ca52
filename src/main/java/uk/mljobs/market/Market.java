package uk.mljobs.market;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.shared.NotFoundException;
import uk.mljobs.shared.Slugs;

/**
 * Reads the market's roles, levels, regions and towns for the other features, and writes
 * the roles and levels the guide editor changes. Only published roles are offered to the
 * public and to recruiters; a draft guide is seen by admins alone.
 */
@Service
@Transactional(readOnly = true)
public class Market {

	private final Roles roles;

	private final Levels levels;

	private final Regions regions;

	private final Towns towns;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ObjectProvider<RoleReferences> references;

	Market(Roles roles, Levels levels, Regions regions, Towns towns, JdbcTemplate jdbc, Clock clock,
			ObjectProvider<RoleReferences> references) {
		this.references = references;
		this.roles = roles;
		this.levels = levels;
		this.regions = regions;
		this.towns = towns;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The published roles, in the guides' order. */
	public List<RoleView> roles() {
		return this.roles.findByPublishedAtIsNotNullOrderByPosition().stream().map(Role::toView).toList();
	}

	/** A published role. */
	public Optional<RoleView> role(String slug) {
		return this.roles.findBySlugAndPublishedAtIsNotNull(slug).map(Role::toView);
	}

	/** Every role, drafts included, for the admin pages. */
	public List<AdminRole> allRoles() {
		return this.roles.findAllByOrderByPosition().stream().map(Role::toAdminView).toList();
	}

	public Optional<AdminRole> adminRole(long id) {
		return this.roles.findById(id).map(Role::toAdminView);
	}

	public boolean roleSlugTaken(String slug) {
		return this.roles.findBySlug(slug).isPresent();
	}

	/** Adds a draft role (guide) after the others; returns its id. */
	@Transactional
	public long createRole(String slug, RoleDetails details) {
		return this.jdbc.queryForObject("""
				INSERT INTO role (slug, title, tagline, summary, source_title, source_updated, typical_tenure_months,
				                  position)
				VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM role))
				RETURNING id""", Long.class, slug, details.title(), details.tagline(), details.summary(),
				details.sourceTitle(), details.sourceUpdated(), details.typicalTenureMonths());
	}

	/**
	 * Moves the role's guide on to its next version, if it is still at {@code version}:
	 * the compare-and-set every save of any part of a guide starts with.
	 * @return false when someone else saved the guide since {@code version}
	 */
	@Transactional
	public boolean claimRole(long id, int version) {
		return this.jdbc.update("UPDATE role SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
				Timestamp.from(this.clock.instant()), id, version) == 1;
	}

	@Transactional
	public void reviseRole(long id, RoleDetails details) {
		this.jdbc.update("""
				UPDATE role SET title = ?, tagline = ?, summary = ?, source_title = ?, source_updated = ?,
				                typical_tenure_months = ?
				WHERE id = ?""", details.title(), details.tagline(), details.summary(), details.sourceTitle(),
				details.sourceUpdated(), details.typicalTenureMonths(), id);
	}

	/** Publishes a draft guide; a published guide stays published. */
	@Transactional
	public void publishRole(long id) {
		this.jdbc.update("UPDATE role SET published_at = ? WHERE id = ? AND published_at IS NULL",
				Timestamp.from(this.clock.instant()), id);
	}

	/**
	 * What leans on the role: its live and queued postings, and alerts that filter on it,
	 * as the features keeping them count.
	 */
	public RoleUse roleUse(long id) {
		RoleView role = this.roles.findById(id)
			.map(Role::toView)
			.orElseThrow(() -> NotFoundException.of("role", String.valueOf(id)));
		return this.references.orderedStream().map((holder) -> holder.use(role)).reduce(RoleUse.NONE, RoleUse::plus);
	}

	/**
	 * Takes a published guide off the site, unless postings still need its role (see
	 * {@link RoleUse#holdsPostings()}). The role's row is locked first, and a posting is
	 * only submitted or published while its role is held ({@link #holdPublishedRole}), so
	 * a posting queued meanwhile either finishes first and keeps the guide up, or waits
	 * and then finds the role gone.
	 * @return false when the guide was not published or postings need it
	 */
	@Transactional
	public boolean unpublishRole(long id) {
		List<Boolean> published = this.jdbc
			.queryForList("SELECT published_at IS NOT NULL FROM role WHERE id = ? FOR UPDATE", Boolean.class, id);
		if (published.isEmpty() || !published.get(0) || roleUse(id).holdsPostings()) {
			return false;
		}
		return this.jdbc.update("UPDATE role SET published_at = NULL WHERE id = ?", id) == 1;
	}

	/**
	 * Holds the role published until the caller's transaction ends, for a posting about
	 * to be submitted or published under it.
	 * @return false when the role is not published (its guide was taken off the site)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean holdPublishedRole(long id) {
		return !this.jdbc
			.queryForList("SELECT 1 FROM role WHERE id = ? AND published_at IS NOT NULL FOR SHARE", Integer.class, id)
			.isEmpty();
	}

	/**
	 * Titles of the role's levels, among those not in {@code keep}, that salary bands or
	 * postings use and so cannot be removed.
	 */
	public List<String> levelsInUse(long roleId, List<Long> keep) {
		List<LevelView> removed = levels(roleId).stream().filter((level) -> !keep.contains(level.id())).toList();
		if (removed.isEmpty()) {
			return List.of();
		}
		List<Long> ids = removed.stream().map(LevelView::id).toList();
		Set<Long> named = this.references.orderedStream()
			.flatMap((holder) -> holder.levelsNamed(ids).stream())
			.collect(Collectors.toSet());
		return removed.stream().filter((level) -> named.contains(level.id())).map(LevelView::title).toList();
	}

	/**
	 * Makes the role's levels exactly {@code wanted}, in that order: existing levels keep
	 * their id and slug (bands and postings point at them), new ones get a slug from
	 * their title, and levels left out are removed. The caller has checked
	 * {@link #levelsInUse} and the figures.
	 */
	@Transactional
	public void saveLevels(long roleId, String roleTitle, List<LevelDetails> wanted) {
		Long[] kept = wanted.stream().map(LevelDetails::id).filter(Objects::nonNull).toArray(Long[]::new);
		this.jdbc.update("DELETE FROM level WHERE role_id = ? AND id <> ALL (?)", roleId, kept);
		// Out of the way first, so that renumbering never collides on (role_id,
		// position).
		this.jdbc.update("UPDATE level SET position = position + 100000 WHERE role_id = ?", roleId);
		List<String> slugs = new ArrayList<>(
				this.jdbc.queryForList("SELECT slug FROM level WHERE role_id = ?", String.class, roleId));
		for (int position = 0; position < wanted.size(); position++) {
			LevelDetails level = wanted.get(position);
			if (level.id() != null) {
				this.jdbc.update("""
						UPDATE level SET title = ?, position = ?, experience_min_years = ?, experience_max_years = ?
						WHERE id = ? AND role_id = ?""", level.title(), position, level.experienceMin(),
						level.experienceMax(), level.id(), roleId);
			}
			else {
				String slug = levelSlug(level.title(), roleTitle, slugs);
				slugs.add(slug);
				this.jdbc.update("""
						INSERT INTO level (role_id, slug, title, position, experience_min_years, experience_max_years)
						VALUES (?, ?, ?, ?, ?, ?)""", roleId, slug, level.title(), position, level.experienceMin(),
						level.experienceMax());
			}
		}
	}

	/**
	 * "Senior AI Engineer" of "AI Engineer" becomes {@code senior}, as the seeded levels
	 * are.
	 */
	private static String levelSlug(String title, String roleTitle, List<String> taken) {
		String base = Slugs.of(title.replace(roleTitle, " "), 70);
		if (base.isEmpty()) {
			base = Slugs.of(title, 70);
		}
		if (base.isEmpty()) {
			base = "level";
		}
		String slug = base;
		for (int n = 2; taken.contains(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	public List<LevelView> levels(long roleId) {
		return this.levels.findByRoleIdOrderByPosition(roleId).stream().map(Level::toView).toList();
	}

	public List<LevelView> allLevels() {
		return this.levels.findAllByOrderByRoleIdAscPositionAsc().stream().map(Level::toView).toList();
	}

	/**
	 * Each published role, in order, with its levels in order: for forms that group
	 * levels by role.
	 */
	public Map<RoleView, List<LevelView>> levelsByRole() {
		return levelsOf(roles());
	}

	/** As {@link #levelsByRole()}, with draft guides' roles too: for the admin pages. */
	public Map<RoleView, List<LevelView>> allLevelsByRole() {
		return levelsOf(allRoles().stream().map(AdminRole::role).toList());
	}

	private Map<RoleView, List<LevelView>> levelsOf(List<RoleView> roles) {
		Map<Long, List<LevelView>> levels = allLevels().stream()
			.collect(Collectors.groupingBy(LevelView::roleId, LinkedHashMap::new, Collectors.toList()));
		Map<RoleView, List<LevelView>> byRole = new LinkedHashMap<>();
		roles.forEach((role) -> byRole.put(role, levels.getOrDefault(role.id(), List.of())));
		return byRole;
	}

	public List<RegionView> regions() {
		return this.regions.findAllByOrderByPosition().stream().map(Region::toView).toList();
	}

	public List<TownView> towns() {
		return this.towns.findAllByOrderByName().stream().map(Town::toView).toList();
	}

	public boolean townExists(String slug, String name) {
		return this.towns.existsBySlug(slug) || this.towns.existsByNameIgnoreCase(name);
	}

	/**
	 * Adds a town: a UK town in a pay region ({@code country} GB), or a town abroad
	 * ({@code regionId} null), at its coordinates when known. The caller has checked the
	 * name and slug are free.
	 */
	@Transactional
	public TownView addTown(String slug, String name, String country, Long regionId, Double latitude,
			Double longitude) {
		return this.towns.save(new Town(slug, name, country, regionId, latitude, longitude)).toView();
	}

}
