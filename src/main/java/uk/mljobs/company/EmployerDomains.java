package uk.mljobs.company;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.mljobs.moderation.DecisionAction;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.ModerationLog;
import uk.mljobs.shared.FreeMail;
import uk.mljobs.shared.NotFoundException;

/**
 * The email domains that prove someone works for a company
 * ({@code company_email_domain}), set by admins; a new company's website domain is
 * proposed. A confirmed address on one of them makes its owner a verified employer for
 * that company.
 */
@Service
@Transactional(readOnly = true)
public class EmployerDomains {

	private static final Pattern DOMAIN = Pattern
		.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

	/** More than any company needs; a longer list is a mistake. */
	static final int MOST = 20;

	private final JdbcTemplate jdbc;

	private final CompanyDirectory directory;

	private final ModerationLog decisions;

	EmployerDomains(JdbcTemplate jdbc, CompanyDirectory directory, ModerationLog decisions) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.decisions = decisions;
	}

	public List<String> of(long companyId) {
		return this.jdbc.queryForList("SELECT domain FROM company_email_domain WHERE company_id = ? ORDER BY domain",
				String.class, companyId);
	}

	/** The company's website domain, as a first proposal while it has none. */
	public Optional<String> proposed(long companyId) {
		if (!of(companyId).isEmpty()) {
			return Optional.empty();
		}
		return this.directory.company(companyId)
			.map(CompanyView::website)
			.map(EmployerDomains::host)
			.filter((host) -> !FreeMail.is(host));
	}

	/** Each company's domains, for a page that lists many companies' postings. */
	public Map<Long, List<String>> of(Collection<Long> companyIds) {
		Map<Long, List<String>> domains = new HashMap<>();
		if (!companyIds.isEmpty()) {
			this.jdbc.query(
					"SELECT company_id, domain FROM company_email_domain WHERE company_id = ANY (?) ORDER BY domain",
					(RowCallbackHandler) (rs) -> domains.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
						.add(rs.getString(2)),
					(Object) companyIds.toArray(Long[]::new));
		}
		return domains;
	}

	/** Whether the address is on one of the company's domains (subdomains count). */
	public boolean verifies(long companyId, String email) {
		return onDomains(email, of(companyId));
	}

	/** Whether the address is on one of {@code domains} (subdomains count). */
	public static boolean onDomains(String email, List<String> domains) {
		String domain = FreeMail.domainOf(email);
		if (domain.isEmpty() || FreeMail.is(domain)) {
			return false;
		}
		return domains.stream().anyMatch((own) -> domain.equals(own) || domain.endsWith("." + own));
	}

	/**
	 * Replaces the company's domains with those typed, one a line (or separated by commas
	 * or spaces). Free-mail domains and another company's domain are refused, naming the
	 * line; the change goes into the admin log.
	 */
	@Transactional
	public boolean replace(long companyId, String typed, long adminId, Errors errors) {
		CompanyView company = this.directory.company(companyId)
			.orElseThrow(() -> NotFoundException.of("company", String.valueOf(companyId)));
		Set<String> domains = new LinkedHashSet<>();
		List<String> problems = new ArrayList<>();
		for (String part : ((typed != null) ? typed : "").split("[\\s,;]+")) {
			String domain = part.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "").replaceFirst("\\.$", "");
			if (domain.isEmpty()) {
				continue;
			}
			if (domain.length() > 253 || !DOMAIN.matcher(domain).matches()) {
				problems.add("“" + abbreviate(part) + "” is not a domain like example.com");
			}
			else if (FreeMail.is(domain)) {
				problems.add(domain + " is a free-mail provider: anyone can have an address there");
			}
			else {
				this.jdbc
					.queryForList("SELECT c.name FROM company_email_domain d JOIN company c ON c.id = d.company_id "
							+ "WHERE d.domain = ? AND d.company_id <> ?", String.class, domain, companyId)
					.forEach((other) -> problems.add(domain + " already belongs to " + other));
				domains.add(domain);
			}
		}
		if (domains.size() > MOST) {
			problems.add("at most " + MOST + " domains a company");
		}
		if (!problems.isEmpty()) {
			errors.rejectValue("domains", "domains.invalid", "Check these: " + String.join("; ", problems) + ".");
			return false;
		}
		this.jdbc.update("DELETE FROM company_email_domain WHERE company_id = ?", companyId);
		for (String domain : domains) {
			this.jdbc.update("INSERT INTO company_email_domain (domain, company_id, added_by) VALUES (?, ?, ?)", domain,
					companyId, adminId);
		}
		this.decisions.record(DecisionSubject.COMPANY, companyId, company.name(), DecisionAction.EDIT,
				"Verified email domains: " + (domains.isEmpty() ? "none" : String.join(", ", domains)), adminId);
		return true;
	}

	/** The host of a web address, lower case and without "www.", or null. */
	public static String host(String url) {
		try {
			String host = URI.create(url.strip()).getHost();
			return (host != null) ? host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "") : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 40) ? text.substring(0, 39) + "…" : text;
	}

}
