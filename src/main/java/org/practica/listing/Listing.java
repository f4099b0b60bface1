package org.practica.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

import org.practica.support.AuditedEntity;
import org.practica.support.Problem;
import org.practica.support.Tags;

/**
 * A need or an offer: an organisation's listing with a title, skills, a place and dates,
 * from draft to published, closed or cancelled. Each state change checks its own rule and
 * refuses with a 409 that names the kind ({@code need.publish.not-draft}).
 * <p>
 * A kind whose columns are named otherwise maps them with {@code @AttributeOverride}: the
 * owner is {@code organisationId}, the dates {@code startDate} and {@code endDate}.
 */
@MappedSuperclass
public abstract class Listing extends AuditedEntity {

	@Transient
	private final ListingKind kind;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private String organisationPath;

	@Column(nullable = false)
	private String title;

	private String description;

	@Convert(converter = Tags.ColumnConverter.class)
	@Column(nullable = false)
	private List<String> skills = new ArrayList<>();

	private Double latitude;

	private Double longitude;

	@Column(nullable = false)
	private LocalDate startDate;

	@Column(nullable = false)
	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ListingStatus status = ListingStatus.DRAFT;

	private Instant publishedAt;

	protected Listing(ListingKind kind) {
		this.kind = kind;
	}

	protected Listing(ListingKind kind, Long organisationId, String organisationPath) {
		this.kind = kind;
		this.organisationId = organisationId;
		this.organisationPath = organisationPath;
	}

	/** Which kind of listing this is. */
	public ListingKind kind() {
		return this.kind;
	}

	public abstract Long getId();

	/**
	 * Writes what every listing says; the kind writes the rest. Only a draft or a
	 * published listing may change.
	 */
	protected void describe(ListingRequest request, Double latitude, Double longitude) {
		if (!this.status.isOpen()) {
			throw Problem.conflict(kind().message("not-editable"));
		}
		this.title = request.title().strip();
		this.description = request.description() == null ? null : request.description().strip();
		this.skills = new ArrayList<>(Tags.checked("skills", request.skills()));
		this.latitude = latitude;
		this.longitude = longitude;
		this.startDate = request.startDate();
		this.endDate = request.endDate();
	}

	/** Puts a draft on the public list. */
	public void publish(Instant now) {
		if (this.status != ListingStatus.DRAFT) {
			throw Problem.conflict(kind().message("publish.not-draft"));
		}
		this.status = ListingStatus.PUBLISHED;
		this.publishedAt = now;
	}

	/** No more counterparts are wanted; it stays visible with what came of it. */
	public void close() {
		if (this.status != ListingStatus.PUBLISHED) {
			throw Problem.conflict(kind().message("close.not-published"));
		}
		this.status = ListingStatus.CLOSED;
	}

	/** Withdraws a draft or a published listing. */
	public void cancel() {
		if (!this.status.isOpen()) {
			throw Problem.conflict(kind().message("cancel.ended"));
		}
		this.status = ListingStatus.CANCELLED;
	}

	public boolean isPublished() {
		return this.status == ListingStatus.PUBLISHED;
	}

	public boolean hasPosition() {
		return this.latitude != null && this.longitude != null;
	}

	public Long getOrganisationId() {
		return this.organisationId;
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

	public List<String> getSkills() {
		return List.copyOf(this.skills);
	}

	public Double getLatitude() {
		return this.latitude;
	}

	public Double getLongitude() {
		return this.longitude;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public ListingStatus getStatus() {
		return this.status;
	}

	/** When it was published; a draft has no such time. */
	public Instant getPublishedAt() {
		return this.publishedAt;
	}

}
