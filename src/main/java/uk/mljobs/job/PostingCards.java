package uk.mljobs.job;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.mljobs.company.OpenPostings;
import uk.mljobs.roleguide.RolePostings;
import uk.mljobs.shared.PostingCard;

/**
 * Live postings for the pages of features below this one: a company's openings, a role
 * guide's newest jobs. They ask through their own interfaces, so they need not know about
 * jobs.
 */
@Component
class PostingCards implements OpenPostings, RolePostings {

	private final JobSearch search;

	PostingCards(JobSearch search) {
		this.search = search;
	}

	@Override
	public List<PostingCard> atCompany(long companyId, int limit) {
		return this.search.newest(companyId, null, limit).stream().map(PostingSummary::card).toList();
	}

	@Override
	public List<PostingCard> newest(long roleId, int limit) {
		return this.search.newest(null, roleId, limit).stream().map(PostingSummary::card).toList();
	}

}
