package org.practica.offer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.practica.directory.OrganisationKind;
import org.practica.listing.Listing;
import org.practica.listing.ListingKind;
import org.practica.support.Tags;

import org.springframework.data.jpa.domain.Specification;

/**
 * An item of a team's service list: what its skills can do, in which directions, for how
 * many, when and how far from its base.
 */
@Entity
@AttributeOverride(name = "organisationId", column = @Column(name = "team_id", nullable = false))
@AttributeOverride(name = "startDate", column = @Column(name = "available_from", nullable = false))
@AttributeOverride(name = "endDate", column = @Column(name = "available_to", nullable = false))
public class Offer extends Listing {

	/**
	 * As many directions as their column (400 characters) surely holds, each code having
	 * at most 40.
	 */
	static final int MAX_DIRECTIONS = 9;

	static final ListingKind KIND = new ListingKind("offer", OrganisationKind.TEAM, "teamId",
			Map.of("availableFrom", "startDate", "availableTo", "endDate", "capacity", "capacity"));

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_seq")
	@SequenceGenerator(name = "offer_seq", sequenceName = "offer_seq", allocationSize = 50)
	private Long id;

	@Convert(converter = Tags.ColumnConverter.class)
	@Column(nullable = false)
	private List<String> directions = new ArrayList<>();

	@Convert(converter = Tags.ColumnConverter.class)
	@Column(nullable = false)
	private List<String> directionTops = new ArrayList<>();

	private int capacity;

	private double radiusKm;

	protected Offer() {
		super(KIND);
	}

	Offer(Long teamId, String organisationPath) {
		super(KIND, teamId, organisationPath);
	}

	void describe(OfferRequest request, List<String> directions, List<String> directionTops, Double latitude,
			Double longitude) {
		describe(request, latitude, longitude);
		this.directions = new ArrayList<>(directions);
		this.directionTops = new ArrayList<>(directionTops);
		this.capacity = request.capacity();
		this.radiusKm = request.radiusKm() == null ? OfferRequest.DEFAULT_RADIUS_KM : request.radiusKm();
	}

	/**
	 * The offers in a direction, or in a finer one under a top-level direction; a code
	 * that is not one finds none.
	 */
	static Specification<Offer> inDirection(String code) {
		return (root, query, cb) -> {
			if (!code.matches("[A-Z_]+")) {
				return cb.disjunction();
			}
			String tag = "%," + code + ",%";
			return cb.or(cb.like(root.get("directions").as(String.class), tag),
					cb.like(root.get("directionTops").as(String.class), tag));
		};
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public Long getTeamId() {
		return getOrganisationId();
	}

	public List<String> getDirections() {
		return List.copyOf(this.directions);
	}

	public List<String> getDirectionTops() {
		return List.copyOf(this.directionTops);
	}

	public int getCapacity() {
		return this.capacity;
	}

	public LocalDate getAvailableFrom() {
		return getStartDate();
	}

	public LocalDate getAvailableTo() {
		return getEndDate();
	}

	public double getRadiusKm() {
		return this.radiusKm;
	}

}
