package uk.mljobs.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.mljobs.shared.StaleEditException;
import uk.mljobs.system.ChangedElsewhere;

/**
 * The synonym list admins keep in the database ({@code search_synonym}), applied to every
 * search's words before the Lucene or OpenSearch engine sees them, so an edit needs no
 * new index: it is read again at once on the instance where it was saved, on the others
 * when the change's announcement reaches them, and within {@link #FRESH_FOR} even if it
 * never does. A list that cannot be read from the database leaves the last one in use.
 */
@Component
public class Synonyms {

	private static final Logger log = LoggerFactory.getLogger(Synonyms.class);

	static final Duration FRESH_FOR = Duration.ofMinutes(1);

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final LoadingCache<Boolean, Stored> current;

	Synonyms(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.current = Caffeine.newBuilder().refreshAfterWrite(FRESH_FOR).build((key) -> load());
	}

	/**
	 * The list as saved, with a version that changes whenever it does.
	 *
	 * @param version a digest of its lines, which a save must name (two admins editing at
	 * once do not overwrite each other unawares)
	 */
	public record Stored(SynonymList list, String version) {
	}

	/** The list in use. */
	public Stored current() {
		try {
			return this.current.get(Boolean.TRUE);
		}
		catch (RuntimeException ex) {
			// Never loaded, and the database is away: search without synonyms for now.
			log.debug("Synonyms could not be read: {}", ex.getMessage());
			return new Stored(SynonymList.empty(), "");
		}
	}

	/**
	 * The search with its words' synonyms, as the Lucene and OpenSearch engines take it.
	 */
	public SearchQuery expand(SearchQuery query) {
		if (query.words() == null) {
			return query;
		}
		Words expanded = current().list().expand(query.words());
		return (expanded == query.words()) ? query : query.withWords(expanded);
	}

	/**
	 * Replaces the list with {@code lines}, when it is still the one at {@code version}.
	 * @return the list saved
	 * @throws SynonymList.InvalidSynonymsException when a line cannot be read
	 * @throws StaleSynonymsException when someone saved another list since
	 */
	@Transactional
	public SynonymList save(List<String> lines, String version, long adminId) {
		SynonymList list = SynonymList.parse(lines);
		// One save at a time: the version read here is the one replaced.
		this.jdbc.execute("LOCK TABLE search_synonym IN EXCLUSIVE MODE");
		List<String> stored = stored();
		if (!version(stored).equals(version)) {
			throw new StaleSynonymsException();
		}
		this.jdbc.update("DELETE FROM search_synonym");
		List<String> kept = list.lines();
		for (int i = 0; i < kept.size(); i++) {
			this.jdbc.update("INSERT INTO search_synonym (position, line, updated_by) VALUES (?, ?, ?)", i, kept.get(i),
					adminId);
		}
		this.events.publishEvent(new SynonymsChanged());
		log.info("Synonym list saved: {} groups, by account {}", kept.size(), adminId);
		return list;
	}

	/** Someone saved the list after the one an edit began from. */
	public static class StaleSynonymsException extends StaleEditException {

		StaleSynonymsException() {
			super("The synonym list");
		}

	}

	@TransactionalEventListener(fallbackExecution = true)
	void onSaved(SynonymsChanged changed) {
		this.current.invalidateAll();
	}

	@EventListener
	void onChangedElsewhere(ChangedElsewhere changed) {
		if (changed.concerns(SynonymsChanged.TOPIC)) {
			this.current.invalidateAll();
		}
	}

	private Stored load() {
		List<String> lines = stored();
		SynonymList list;
		try {
			list = SynonymList.parse(lines);
		}
		catch (SynonymList.InvalidSynonymsException ex) {
			// Only saved lists are stored, and they were read; a row written by hand may
			// not be: keep the rest.
			log.warn("{} stored synonym lines cannot be read; they are left out", ex.problems().size());
			List<Integer> bad = ex.problems().stream().map(SynonymList.Problem::line).toList();
			List<String> good = new java.util.ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				if (!bad.contains(i + 1)) {
					good.add(lines.get(i));
				}
			}
			list = SynonymList.parse(good);
		}
		return new Stored(list, version(lines));
	}

	private List<String> stored() {
		return this.jdbc.queryForList("SELECT line FROM search_synonym ORDER BY position", String.class);
	}

	private static String version(List<String> lines) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String line : lines) {
				digest.update(line.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) '\n');
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
