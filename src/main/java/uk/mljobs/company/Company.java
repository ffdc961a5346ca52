package uk.mljobs.company;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "company")
class Company {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private Long sectorId;

	/** Where the company hires, as published: "London/Halifax", "UK remote/Amsterdam". */
	private String locations;

	private boolean remoteUk;

	private String summary;

	private String requirement;

	private String website;

	private String logoUrl;

	/** Towns are the market feature's; we keep their ids. */
	@ElementCollection
	@CollectionTable(name = "company_town", joinColumns = @JoinColumn(name = "company_id"))
	@Column(name = "town_id")
	private Set<Long> townIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "company_focus", joinColumns = @JoinColumn(name = "company_id"))
	@OrderColumn(name = "position")
	@Column(name = "area")
	private List<String> focusAreas = new ArrayList<>();

	@Version
	private int version;

	private Instant updatedAt;

	protected Company() {
	}

	/** A company an admin lists from scratch. */
	static Company created(String slug, CompanyDetails details, Instant now) {
		Company company = new Company();
		company.slug = slug;
		company.revise(details, now);
		return company;
	}

	/** Replaces everything an admin can edit; the slug (its address) stays. */
	void revise(CompanyDetails details, Instant now) {
		this.name = details.name();
		this.sectorId = details.sectorId();
		this.locations = details.locations();
		this.remoteUk = details.remoteUk();
		this.summary = details.summary();
		this.requirement = details.requirement();
		this.website = details.website();
		this.logoUrl = details.logoUrl();
		replace(this.townIds, details.townIds());
		replace(this.focusAreas, details.focusAreas());
		this.updatedAt = now;
	}

	/**
	 * Changes a collection only when its contents differ, so an unchanged save stays
	 * clean.
	 */
	private static <T> void replace(Collection<T> current, Collection<T> wanted) {
		boolean same = (current instanceof Set) ? Set.copyOf(current).equals(Set.copyOf(wanted))
				: List.copyOf(current).equals(List.copyOf(wanted));
		if (!same) {
			current.clear();
			current.addAll(wanted);
		}
	}

	/** A company listed from a recruiter's proposal; an admin fills in the rest later. */
	static Company proposed(String slug, String name, long sectorId, String website, Instant now) {
		Company company = new Company();
		company.slug = slug;
		company.name = name;
		company.sectorId = sectorId;
		company.locations = "UK";
		company.summary = "Listed at a recruiter's request; more about this employer to follow.";
		company.website = (website != null && website.startsWith("https://")) ? website : null;
		company.updatedAt = now;
		return company;
	}

	long id() {
		return this.id;
	}

	String slug() {
		return this.slug;
	}

	String name() {
		return this.name;
	}

	long sectorId() {
		return this.sectorId;
	}

	String locations() {
		return this.locations;
	}

	boolean remoteUk() {
		return this.remoteUk;
	}

	String summary() {
		return this.summary;
	}

	String requirement() {
		return this.requirement;
	}

	String website() {
		return this.website;
	}

	String logoUrl() {
		return this.logoUrl;
	}

	Set<Long> townIds() {
		return this.townIds;
	}

	List<String> focusAreas() {
		return this.focusAreas;
	}

	int version() {
		return this.version;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
