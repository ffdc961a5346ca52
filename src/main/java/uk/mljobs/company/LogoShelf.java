package uk.mljobs.company;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The {@code company_logo} table: one logo a company, its bytes read only when it is
 * served. Plain statements, since the bytes would make an entity heavy to load with every
 * company.
 */
@Component
class LogoShelf {

	private static final String DESCRIBED = "SELECT c.id, c.slug, l.media_type, l.sha256, l.width, l.height, "
			+ "octet_length(l.bytes) AS size, l.uploaded_at FROM company_logo l JOIN company c ON c.id = l.company_id";

	private final JdbcTemplate jdbc;

	LogoShelf(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A logo with its bytes, to serve. */
	record LogoFile(CompanyLogo logo, byte[] bytes) {
	}

	/** Every company's logo by company id: for pages that list many companies. */
	Map<Long, CompanyLogo> all() {
		Map<Long, CompanyLogo> logos = new HashMap<>();
		this.jdbc.query(DESCRIBED, (RowCallbackHandler) (rs) -> logos.put(rs.getLong("id"), described(rs)));
		return logos;
	}

	Optional<CompanyLogo> of(long companyId) {
		return this.jdbc.query(DESCRIBED + " WHERE c.id = ?", (rs, n) -> described(rs), companyId).stream().findFirst();
	}

	Optional<LogoFile> file(String slug) {
		List<LogoFile> files = this.jdbc.query("""
				SELECT c.id, c.slug, l.media_type, l.sha256, l.width, l.height, octet_length(l.bytes) AS size,
				  l.uploaded_at, l.bytes
				FROM company_logo l JOIN company c ON c.id = l.company_id WHERE c.slug = ?""",
				(rs, n) -> new LogoFile(described(rs), rs.getBytes("bytes")), slug);
		return files.stream().findFirst();
	}

	/**
	 * Writes the company's logo over any it had. The database checks the hash against the
	 * bytes, so a row cannot claim an address its bytes do not have.
	 */
	void put(long companyId, LogoCheck.Checked logo, String sha256, long accountId, Instant now) {
		this.jdbc.update(
				"""
						INSERT INTO company_logo (company_id, media_type, bytes, sha256, width, height, uploaded_by, uploaded_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)
						ON CONFLICT (company_id) DO UPDATE SET media_type = EXCLUDED.media_type, bytes = EXCLUDED.bytes,
						  sha256 = EXCLUDED.sha256, width = EXCLUDED.width, height = EXCLUDED.height,
						  uploaded_by = EXCLUDED.uploaded_by, uploaded_at = EXCLUDED.uploaded_at""",
				companyId, logo.type().mediaType(), logo.bytes(), sha256, logo.width(), logo.height(), accountId,
				Timestamp.from(now));
	}

	/** Whether there was one to remove. */
	boolean remove(long companyId) {
		return this.jdbc.update("DELETE FROM company_logo WHERE company_id = ?", companyId) > 0;
	}

	private static CompanyLogo described(ResultSet rs) throws SQLException {
		return new CompanyLogo(rs.getLong("id"), rs.getString("slug"),
				LogoType.ofMediaType(rs.getString("media_type")).orElseThrow(), rs.getString("sha256"),
				rs.getInt("width"), rs.getInt("height"), rs.getInt("size"), rs.getTimestamp("uploaded_at").toInstant());
	}

}
