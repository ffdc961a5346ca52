package uk.mljobs.job;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.mljobs.account.ConfirmedAddresses;
import uk.mljobs.company.EmployerDomains;

/**
 * Which advertisers are the employer itself: a posting read from the employer's own feed,
 * or posted directly (not by an agency) by a recruiter whose confirmed address is on one
 * of the company's email domains. Accounts and domains are other features'; this asks
 * them once for a whole page of postings.
 */
@Component
class VerifiedEmployers {

	private final ConfirmedAddresses accounts;

	private final EmployerDomains domains;

	VerifiedEmployers(ConfirmedAddresses accounts, EmployerDomains domains) {
		this.accounts = accounts;
		this.domains = domains;
	}

	/** Who advertised a posting, as the rule needs it. */
	record Advertiser(Long recruiterId, long companyId, boolean agency, boolean fromFeed) {

		static Advertiser of(Posting posting) {
			return new Advertiser(posting.recruiterId(), posting.companyId(), posting.agency(),
					posting.source() != null);
		}

		private boolean maybe() {
			return !this.fromFeed && !this.agency && this.recruiterId != null;
		}

	}

	boolean verified(Advertiser advertiser) {
		return among(List.of(advertiser)).contains(advertiser);
	}

	/** The verified ones among {@code advertisers}. */
	Set<Advertiser> among(Collection<Advertiser> advertisers) {
		Set<Advertiser> verified = advertisers.stream().filter(Advertiser::fromFeed).collect(Collectors.toSet());
		List<Advertiser> direct = advertisers.stream().filter(Advertiser::maybe).distinct().toList();
		if (direct.isEmpty()) {
			return verified;
		}
		Map<Long, String> emails = this.accounts
			.of(direct.stream().map(Advertiser::recruiterId).collect(Collectors.toSet()));
		List<Advertiser> confirmed = direct.stream().filter((a) -> emails.containsKey(a.recruiterId())).toList();
		if (confirmed.isEmpty()) {
			return verified;
		}
		Map<Long, List<String>> companyDomains = this.domains
			.of(confirmed.stream().map(Advertiser::companyId).collect(Collectors.toSet()));
		Set<Advertiser> all = new HashSet<>(verified);
		confirmed.stream()
			.filter((a) -> EmployerDomains.onDomains(emails.get(a.recruiterId()),
					Objects.requireNonNullElse(companyDomains.get(a.companyId()), List.of())))
			.forEach(all::add);
		return all;
	}

}
