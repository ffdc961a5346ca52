package uk.mljobs.company;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.shared.Slugs;

/**
 * The parts of a role guide this feature owns, for the guide editor: the companies the
 * guide names as hiring, where its jobs are, and the sectors building ML platforms. The
 * editor checks the rows and claims the guide's version; this writes them, in its
 * transaction.
 */
@Service
@Transactional
public class GuideCompanies {

	private final JdbcTemplate jdbc;

	GuideCompanies(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A place a guide says its jobs are.
	 *
	 * @param id the row's id, or {@code null} for a new one
	 * @param name the place
	 * @param why why the jobs are there
	 */
	public record Location(Long id, String name, String why) {
	}

	/**
	 * A guide's portrait of a sector.
	 *
	 * @param id the row's id, or {@code null} for a new one
	 * @param name the sector
	 * @param headline its one-line headline
	 * @param body the portrait, plain text
	 * @param employers employers it names, in order
	 */
	public record Profile(Long id, String name, String headline, String body, List<String> employers) {
	}

	/** Slugs of the companies the guide names as hiring, in its order. */
	@Transactional(readOnly = true)
	public List<String> hiring(long roleId) {
		return this.jdbc.queryForList("""
				SELECT c.slug FROM role_company rc JOIN company c ON c.id = rc.company_id
				WHERE rc.role_id = ? ORDER BY rc.position""", String.class, roleId);
	}

	/** Company ids by slug, for checking the editor's choices. */
	@Transactional(readOnly = true)
	public Map<String, Long> companyIds() {
		Map<String, Long> ids = new LinkedHashMap<>();
		this.jdbc.query("SELECT slug, id FROM company ORDER BY name",
				(RowCallbackHandler) (rs) -> ids.put(rs.getString(1), rs.getLong(2)));
		return ids;
	}

	public void saveHiring(long roleId, List<Long> companyIds) {
		this.jdbc.update("DELETE FROM role_company WHERE role_id = ?", roleId);
		for (int position = 0; position < companyIds.size(); position++) {
			this.jdbc.update("INSERT INTO role_company (role_id, company_id, position) VALUES (?, ?, ?)", roleId,
					companyIds.get(position), position);
		}
	}

	@Transactional(readOnly = true)
	public List<Location> locations(long roleId) {
		return this.jdbc.query("SELECT id, name, why FROM hiring_location WHERE role_id = ? ORDER BY position",
				(rs, n) -> new Location(rs.getLong(1), rs.getString(2), rs.getString(3)), roleId);
	}

	/** Makes the guide's places exactly these; a kept place keeps its anchor. */
	public void saveLocations(long roleId, List<Location> locations) {
		Map<Long, String> slugs = slugs("SELECT id, slug FROM hiring_location WHERE role_id = ?", roleId);
		Set<String> used = new HashSet<>(slugsKept(slugs, locations.stream().map(Location::id).toList()));
		this.jdbc.update("DELETE FROM hiring_location WHERE role_id = ?", roleId);
		for (int position = 0; position < locations.size(); position++) {
			Location location = locations.get(position);
			this.jdbc.update("INSERT INTO hiring_location (role_id, slug, name, why, position) VALUES (?, ?, ?, ?, ?)",
					roleId, slugFor(location.id(), location.name(), slugs, used), location.name(), location.why(),
					position);
		}
	}

	@Transactional(readOnly = true)
	public List<Profile> profiles(long roleId) {
		Map<Long, List<String>> employers = new HashMap<>();
		this.jdbc.query("""
				SELECT e.sector_profile_id, e.name FROM sector_profile_employer e
				JOIN sector_profile p ON p.id = e.sector_profile_id WHERE p.role_id = ? ORDER BY e.position""",
				(RowCallbackHandler) (rs) -> employers.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
					.add(rs.getString(2)),
				roleId);
		return this.jdbc.query(
				"SELECT id, name, headline, body FROM sector_profile WHERE role_id = ? ORDER BY position",
				(rs, n) -> new Profile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						employers.getOrDefault(rs.getLong(1), List.of())),
				roleId);
	}

	/**
	 * Makes the guide's sector portraits exactly these. An employer keeps the company
	 * page it linked to before; a new one links to the listed company of that name, if
	 * any.
	 */
	public void saveProfiles(long roleId, List<Profile> profiles) {
		Map<Long, String> slugs = slugs("SELECT id, slug FROM sector_profile WHERE role_id = ?", roleId);
		Map<String, Long> links = new HashMap<>();
		this.jdbc.query("""
				SELECT e.name, e.company_id FROM sector_profile_employer e
				JOIN sector_profile p ON p.id = e.sector_profile_id
				WHERE p.role_id = ? AND e.company_id IS NOT NULL""",
				(RowCallbackHandler) (rs) -> links.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getLong(2)),
				roleId);
		this.jdbc.query("SELECT name, id FROM company", (RowCallbackHandler) (rs) -> links
			.putIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), rs.getLong(2)));
		Set<String> used = new HashSet<>(slugsKept(slugs, profiles.stream().map(Profile::id).toList()));
		this.jdbc.update("DELETE FROM sector_profile WHERE role_id = ?", roleId);
		for (int position = 0; position < profiles.size(); position++) {
			Profile profile = profiles.get(position);
			long id = this.jdbc.queryForObject("""
					INSERT INTO sector_profile (role_id, slug, name, headline, body, position)
					VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, roleId,
					slugFor(profile.id(), profile.name(), slugs, used), profile.name(), profile.headline(),
					profile.body(), position);
			for (int e = 0; e < profile.employers().size(); e++) {
				String name = profile.employers().get(e);
				this.jdbc.update("""
						INSERT INTO sector_profile_employer (sector_profile_id, position, name, company_id)
						VALUES (?, ?, ?, ?)""", id, e, name, links.get(name.toLowerCase(Locale.ROOT)));
			}
		}
	}

	/** Ids of the rows of this kind the guide has, for refusing rows of another guide. */
	@Transactional(readOnly = true)
	public Set<Long> locationIds(long roleId) {
		return Set
			.copyOf(this.jdbc.queryForList("SELECT id FROM hiring_location WHERE role_id = ?", Long.class, roleId));
	}

	@Transactional(readOnly = true)
	public Set<Long> profileIds(long roleId) {
		return Set
			.copyOf(this.jdbc.queryForList("SELECT id FROM sector_profile WHERE role_id = ?", Long.class, roleId));
	}

	private Map<Long, String> slugs(String sql, long roleId) {
		Map<Long, String> slugs = new HashMap<>();
		this.jdbc.query(sql, (RowCallbackHandler) (rs) -> slugs.put(rs.getLong(1), rs.getString(2)), roleId);
		return slugs;
	}

	private static List<String> slugsKept(Map<Long, String> slugs, List<Long> ids) {
		return ids.stream().filter((id) -> id != null && slugs.containsKey(id)).map(slugs::get).toList();
	}

	private static String slugFor(Long id, String name, Map<Long, String> slugs, Set<String> used) {
		if (id != null && slugs.containsKey(id)) {
			return slugs.get(id);
		}
		String base = Slugs.of(name, 70);
		String start = base.isEmpty() ? "entry" : base;
		String slug = start;
		for (int n = 2; used.contains(slug); n++) {
			slug = start + "-" + n;
		}
		used.add(slug);
		return slug;
	}

}
