package org.practica.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.practica.support.AuditedEntity;
import org.practica.support.Problem;
import org.practica.support.Tags;

/**
 * An item of a team's service list: what its skills can do, in which directions, for how
 * many, when and how far from its base.
 */
@Entity
public class Offer extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_seq")
	@SequenceGenerator(name = "offer_seq", sequenceName = "offer_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long teamId;

	@Column(nullable = false)
	private String organisationPath;

	@Column(nullable = false)
	private String title;

	private String description;

	@Convert(converter = Tags.ColumnConverter.class)
	@Column(nullable = false)
	private List<String> directions = new ArrayList<>();

	@Convert(converter = Tags.ColumnConverter.class)
	@Column(nullable = false)
	private List<String> directionTops = new ArrayList<>();

	@Convert(converter = Tags.ColumnConverter.class)
	@Column(nullable = false)
	private List<String> skills = new ArrayList<>();

	private int capacity;

	@Column(nullable = false)
	private LocalDate availableFrom;

	@Column(nullable = false)
	private LocalDate availableTo;

	private Double latitude;

	private Double longitude;

	private double radiusKm;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OfferStatus status = OfferStatus.DRAFT;

	private Instant publishedAt;

	protected Offer() {
	}

	Offer(Long teamId, String organisationPath) {
		this.teamId = teamId;
		this.organisationPath = organisationPath;
	}

	void describe(OfferRequest request, List<String> directions, List<String> directionTops, Double latitude,
			Double longitude) {
		if (this.status == OfferStatus.CLOSED || this.status == OfferStatus.CANCELLED) {
			throw Problem.conflict("offer.not-editable");
		}
		this.title = request.title().strip();
		this.description = request.description() == null ? null : request.description().strip();
		this.directions = new ArrayList<>(directions);
		this.directionTops = new ArrayList<>(directionTops);
		this.skills = new ArrayList<>(Tags.normalise(request.skills()));
		this.capacity = request.capacity();
		this.availableFrom = request.availableFrom();
		this.availableTo = request.availableTo();
		this.latitude = latitude;
		this.longitude = longitude;
		this.radiusKm = request.radiusKm() == null ? OfferRequest.DEFAULT_RADIUS_KM : request.radiusKm();
	}

	/** Puts the offer on the public service list. */
	void publish(Instant now) {
		if (this.status != OfferStatus.DRAFT) {
			throw Problem.conflict("offer.publish.not-draft");
		}
		this.status = OfferStatus.PUBLISHED;
		this.publishedAt = now;
	}

	void close() {
		if (this.status != OfferStatus.PUBLISHED) {
			throw Problem.conflict("offer.close.not-published");
		}
		this.status = OfferStatus.CLOSED;
	}

	void cancel() {
		if (this.status == OfferStatus.CLOSED || this.status == OfferStatus.CANCELLED) {
			throw Problem.conflict("offer.cancel.ended");
		}
		this.status = OfferStatus.CANCELLED;
	}

	public boolean isPublished() {
		return this.status == OfferStatus.PUBLISHED;
	}

	public Long getId() {
		return this.id;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public String getOrganisationPath() {
		return this.organisationPath;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public List<String> getDirections() {
		return List.copyOf(this.directions);
	}

	public List<String> getDirectionTops() {
		return List.copyOf(this.directionTops);
	}

	public List<String> getSkills() {
		return List.copyOf(this.skills);
	}

	public int getCapacity() {
		return this.capacity;
	}

	public LocalDate getAvailableFrom() {
		return this.availableFrom;
	}

	public LocalDate getAvailableTo() {
		return this.availableTo;
	}

	public Double getLatitude() {
		return this.latitude;
	}

	public Double getLongitude() {
		return this.longitude;
	}

	public double getRadiusKm() {
		return this.radiusKm;
	}

	public OfferStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

}
