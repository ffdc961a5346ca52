package uk.mljobs.company;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import uk.mljobs.moderation.DecisionAction;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.ModerationLog;
import uk.mljobs.shared.CuratedContentChanged;
import uk.mljobs.shared.NotFoundException;

/**
 * Companies' logos: uploaded by an admin or by the company's verified employer (who that
 * is, accounts decide), checked by {@link LogoCheck}, kept in PostgreSQL and served at an
 * address with their content hash. An admin's change goes into the admin log like any
 * company edit; an employer's is recorded on the logo and in the application log. Pages
 * and search vocabularies that show the company hear of it as a curated change.
 */
@Service
@Transactional
public class CompanyLogos {

	private static final Logger log = LoggerFactory.getLogger(CompanyLogos.class);

	/** Who changes a logo. */
	public enum By {

		ADMIN, VERIFIED_EMPLOYER

	}

	private final LogoShelf shelf;

	private final Companies companies;

	private final ModerationLog moderationLog;

	private final ApplicationEventPublisher events;

	private final LogoProperties caps;

	private final Clock clock;

	CompanyLogos(LogoShelf shelf, Companies companies, ModerationLog moderationLog, ApplicationEventPublisher events,
			LogoProperties caps, Clock clock) {
		this.shelf = shelf;
		this.companies = companies;
		this.moderationLog = moderationLog;
		this.events = events;
		this.caps = caps;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<CompanyLogo> of(long companyId) {
		return this.shelf.of(companyId);
	}

	/** The largest file a logo may be, for the form's hint. */
	public String maxSizeLabel() {
		return LogoCheck.kilobytes(this.caps.maxSize().toBytes());
	}

	public LogoProperties caps() {
		return this.caps;
	}

	@Transactional(readOnly = true)
	Optional<LogoShelf.LogoFile> file(String slug) {
		return this.shelf.file(slug);
	}

	/**
	 * Puts the uploaded file in place of the company's logo, or says in {@code errors}
	 * (field {@code file}) why it cannot be one and changes nothing.
	 * @return whether the logo was replaced
	 */
	public boolean replace(long companyId, MultipartFile file, long accountId, By by, Errors errors) {
		Company company = found(companyId);
		LogoCheck.Checked logo;
		try {
			if (file != null && file.getSize() > this.caps.maxSize().toBytes()) {
				// Refused before reading it into memory.
				throw new LogoRefused("tooLarge",
						"The file is " + LogoCheck.kilobytes(file.getSize()) + "; a logo may be at most "
								+ maxSizeLabel() + ". Save it smaller (fewer pixels, or as SVG) and upload it again.");
			}
			logo = LogoCheck.check((file != null) ? file.getBytes() : null, this.caps);
		}
		catch (LogoRefused ex) {
			errors.rejectValue("file", ex.code(), ex.getMessage());
			log.info("Logo for company {} refused ({}) from account {}", companyId, ex.code(), accountId);
			return false;
		}
		catch (IOException ex) {
			errors.rejectValue("file", "unreadable", "The upload did not arrive whole. Choose the file and try again.");
			return false;
		}
		String sha256 = sha256(logo.bytes());
		this.shelf.put(companyId, logo, sha256, accountId, this.clock.instant());
		String what = "Logo uploaded: " + logo.type().label() + ", " + logo.width() + " × " + logo.height() + " px, "
				+ LogoCheck.kilobytes(logo.bytes().length);
		changed(company, what, accountId, by);
		return true;
	}

	/** Takes the company's logo away; its monogram shows again. */
	public void remove(long companyId, long accountId, By by) {
		Company company = found(companyId);
		if (this.shelf.remove(companyId)) {
			changed(company, "Logo removed", accountId, by);
		}
	}

	private void changed(Company company, String what, long accountId, By by) {
		if (by == By.ADMIN) {
			this.moderationLog.record(DecisionSubject.COMPANY, company.id(), company.name(), DecisionAction.EDIT, what,
					accountId);
		}
		else {
			log.info("Company {}: {} by its verified employer, account {}", company.id(), what, accountId);
		}
		this.events.publishEvent(new CuratedContentChanged("company " + company.id()));
	}

	private Company found(long id) {
		return this.companies.findById(id).orElseThrow(() -> NotFoundException.of("company", String.valueOf(id)));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
