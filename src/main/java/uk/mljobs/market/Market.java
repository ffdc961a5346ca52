package uk.mljobs.market;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the market's roles, levels, regions and towns for the other features.
 */
@Service
@Transactional(readOnly = true)
public class Market {

	private final Roles roles;

	private final Levels levels;

	private final Regions regions;

	private final Towns towns;

	Market(Roles roles, Levels levels, Regions regions, Towns towns) {
		this.roles = roles;
		this.levels = levels;
		this.regions = regions;
		this.towns = towns;
	}

	public List<RoleView> roles() {
		return this.roles.findAllByOrderByPosition().stream().map(Role::toView).toList();
	}

	public Optional<RoleView> role(String slug) {
		return this.roles.findBySlug(slug).map(Role::toView);
	}

	public List<LevelView> levels(long roleId) {
		return this.levels.findByRoleIdOrderByPosition(roleId).stream().map(Level::toView).toList();
	}

	public List<LevelView> allLevels() {
		return this.levels.findAllByOrderByRoleIdAscPositionAsc().stream().map(Level::toView).toList();
	}

	/**
	 * Each role, in order, with its levels in order: for forms that group levels by role.
	 */
	public Map<RoleView, List<LevelView>> levelsByRole() {
		Map<Long, List<LevelView>> levels = allLevels().stream()
			.collect(Collectors.groupingBy(LevelView::roleId, LinkedHashMap::new, Collectors.toList()));
		Map<RoleView, List<LevelView>> byRole = new LinkedHashMap<>();
		roles().forEach((role) -> byRole.put(role, levels.getOrDefault(role.id(), List.of())));
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
	 * ({@code regionId} null). The caller has checked the name and slug are free.
	 */
	@Transactional
	public TownView addTown(String slug, String name, String country, Long regionId) {
		return this.towns.save(new Town(slug, name, country, regionId)).toView();
	}

}
