package org.practica.need;

import java.util.Map;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.practica.directory.OrganisationKind;
import org.practica.listing.Listing;
import org.practica.listing.ListingKind;

import org.springframework.data.jpa.domain.Specification;

/**
 * An item of a community's demand list: what it needs done, where, when, by how many and
 * with which skills. It has one direction, and an address besides the position.
 */
@Entity
@AttributeOverride(name = "organisationId", column = @Column(name = "community_id", nullable = false))
public class Need extends Listing {

	static final ListingKind KIND = new ListingKind("need", OrganisationKind.COMMUNITY, "communityId",
			Map.of("startDate", "startDate", "endDate", "endDate", "headcount", "headcount"));

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "need_seq")
	@SequenceGenerator(name = "need_seq", sequenceName = "need_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private String direction;

	@Column(nullable = false)
	private String directionTop;

	private String address;

	private int headcount;

	protected Need() {
		super(KIND);
	}

	Need(Long communityId, String organisationPath) {
		super(KIND, communityId, organisationPath);
	}

	void describe(NeedRequest request, String directionTop, Double latitude, Double longitude) {
		describe(request, latitude, longitude);
		this.direction = request.direction();
		this.directionTop = directionTop;
		this.address = request.address() == null || request.address().isBlank() ? null : request.address().strip();
		this.headcount = request.headcount();
	}

	/** The needs in a direction, or in a finer one under a top-level direction. */
	static Specification<Need> inDirection(String code) {
		return (root, query, cb) -> cb.or(cb.equal(root.get("direction"), code),
				cb.equal(root.get("directionTop"), code));
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public Long getCommunityId() {
		return getOrganisationId();
	}

	public String getDirection() {
		return this.direction;
	}

	public String getDirectionTop() {
		return this.directionTop;
	}

	public String getAddress() {
		return this.address;
	}

	public int getHeadcount() {
		return this.headcount;
	}

}
