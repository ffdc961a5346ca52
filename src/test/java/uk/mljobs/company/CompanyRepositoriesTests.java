package uk.mljobs.company;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.mljobs.support.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The company feature's own queries, against the migrated and seeded schema. */
@RepositoryTest
class CompanyRepositoriesTests {

	@Autowired
	private Companies companies;

	@Autowired
	private CompanyProposals proposals;

	@Test
	void namesEveryListedCompanyById() {
		Company monzo = this.companies.findBySlug("monzo").orElseThrow();
		assertThat(this.companies.names()).hasSameSizeAs(this.companies.findAllByOrderByName())
			.anySatisfy((named) -> assertThat(named.getId()).isEqualTo(monzo.id()))
			.anySatisfy((named) -> assertThat(named.getName()).isEqualTo("Monzo"));
	}

	@Test
	void findsProposalsOfTheSameCompanyWhateverTheCaseAndSpacing() {
		Instant now = Instant.parse("2026-11-20T10:00:00Z");
		long first = this.proposals.save(new CompanyProposal("Acme Vision Labs", null, now)).id();
		long second = this.proposals.save(new CompanyProposal("  acme vision LABS ", null, now)).id();
		long other = this.proposals.save(new CompanyProposal("Acme Vision", null, now)).id();

		assertThat(this.proposals.namedAs(first)).containsExactlyInAnyOrder(first, second);
		assertThat(this.proposals.namedAs(other)).containsExactly(other);
	}

}
