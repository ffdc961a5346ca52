package uk.mljobs.roleguide;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.mljobs.shared.Slugs;

/**
 * The catalogue of tools and skills the stack and skills parts name: a name typed in
 * either is found in it, compared case-blind, or added to it once.
 */
@Component
class ToolCatalogue {

	private final JdbcTemplate jdbc;

	ToolCatalogue(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The id of the catalogue's tool of this name, added if it is new. */
	long idOf(String name) {
		List<Long> found = this.jdbc.queryForList("SELECT id FROM tool WHERE lower(name) = lower(?)", Long.class, name);
		if (!found.isEmpty()) {
			return found.get(0);
		}
		Set<String> taken = new HashSet<>(this.jdbc.queryForList("SELECT slug FROM tool WHERE slug LIKE ?",
				String.class, Slugs.of(name, 70) + "%"));
		return this.jdbc.queryForObject("INSERT INTO tool (slug, name) VALUES (?, ?) RETURNING id", Long.class,
				Slugs.unique(Slugs.of(name, 70), "tool", taken), name);
	}

}
