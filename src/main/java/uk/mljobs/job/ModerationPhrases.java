package uk.mljobs.job;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.mljobs.moderation.DecisionAction;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.ModerationLog;
import uk.mljobs.shared.Choices;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.shared.Text;

/**
 * The phrases scams use (fees, bank details, messaging apps, crypto), which flag a
 * posting in the review queue. Admins add and remove them; each change is logged.
 */
@Service
@Transactional(readOnly = true)
public class ModerationPhrases {

	/** The kinds of phrase, as the review queue labels them. */
	public static final List<PostingReview.Flag.Kind> KINDS = List.of(PostingReview.Flag.Kind.FEE,
			PostingReview.Flag.Kind.BANK, PostingReview.Flag.Kind.MESSAGING, PostingReview.Flag.Kind.CRYPTO);

	/** One phrase of the list. */
	public record Phrase(long id, PostingReview.Flag.Kind kind, String text) {
	}

	private final JdbcTemplate jdbc;

	private final ModerationLog decisions;

	private final Clock clock;

	ModerationPhrases(JdbcTemplate jdbc, ModerationLog decisions, Clock clock) {
		this.jdbc = jdbc;
		this.decisions = decisions;
		this.clock = clock;
	}

	public List<Phrase> all() {
		return this.jdbc.query("SELECT id, kind, phrase FROM moderation_phrase ORDER BY kind, phrase", (rs,
				n) -> new Phrase(rs.getLong(1), PostingReview.Flag.Kind.valueOf(rs.getString(2)), rs.getString(3)));
	}

	/**
	 * Adds a phrase, folded as postings are when matched; a field error for an unknown
	 * kind, a phrase too short or long, or one already listed.
	 */
	@Transactional
	public boolean add(String kind, String typed, long adminId, Errors errors) {
		PostingReview.Flag.Kind chosen = Choices.constant(PostingReview.Flag.Kind.class, kind)
			.filter(KINDS::contains)
			.orElse(null);
		if (chosen == null) {
			errors.rejectValue("kind", "kind.unknown", "Choose what the phrase points to.");
		}
		String phrase = Text.fold(Text.oneLine(typed)).replaceAll("\\s+", " ");
		if (phrase.length() < 2 || phrase.length() > 80) {
			errors.rejectValue("phrase", "phrase.length", "Enter a phrase of 2 to 80 characters.");
		}
		else if (!this.jdbc.queryForList("SELECT kind FROM moderation_phrase WHERE phrase = ?", String.class, phrase)
			.isEmpty()) {
			errors.rejectValue("phrase", "phrase.taken", "“" + phrase + "” is already on the list.");
		}
		if (errors.hasErrors()) {
			return false;
		}
		List<Long> added = this.jdbc.queryForList("""
				INSERT INTO moderation_phrase (kind, phrase, added_by, added_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (phrase) DO NOTHING RETURNING id""", Long.class, chosen.name(), phrase, adminId,
				Timestamp.from(this.clock.instant()));
		if (added.isEmpty()) {
			// Another admin added it a moment ago.
			errors.rejectValue("phrase", "phrase.taken", "“" + phrase + "” is already on the list.");
			return false;
		}
		this.decisions.record(DecisionSubject.PHRASE, added.get(0), phrase, DecisionAction.CREATE,
				"Flags postings as " + chosen.label().toLowerCase(Locale.UK), adminId);
		return true;
	}

	@Transactional
	public void remove(long id, long adminId) {
		String phrase = this.jdbc
			.queryForList("DELETE FROM moderation_phrase WHERE id = ? RETURNING phrase", String.class, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("phrase", String.valueOf(id)));
		this.decisions.record(DecisionSubject.PHRASE, id, phrase, DecisionAction.EDIT, "Removed from the list",
				adminId);
	}

}
