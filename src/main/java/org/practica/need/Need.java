package org.practica.need;

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
 * An item of a community's demand list: what it needs done, where, when, by how many and
 * with which skills.
 */
@Entity
public class Need extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "need_seq")
	@SequenceGenerator(name = "need_seq", sequenceName = "need_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long communityId;

	@Column(nullable = false)
	private String organisationPath;

	@Column(nullable = false)
	private String title;

	private String description;

	@Column(nullable = false)
	private String direction;

	@Column(nullable = false)
	private String directionTop;

	@Convert(converter = Tags.ColumnConverter.class)
	@Column(nullable = false)
	private List<String> skills = new ArrayList<>();

	private String address;

	private Double latitude;

	private Double longitude;

	@Column(nullable = false)
	private LocalDate startDate;

	@Column(nullable = false)
	private LocalDate endDate;

	private int headcount;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NeedStatus status = NeedStatus.DRAFT;

	private Instant publishedAt;

	protected Need() {
	}

	Need(Long communityId, String organisationPath) {
		this.communityId = communityId;
		this.organisationPath = organisationPath;
	}

	void describe(NeedRequest request, String directionTop, Double latitude, Double longitude) {
		if (this.status == NeedStatus.CLOSED || this.status == NeedStatus.CANCELLED) {
			throw Problem.conflict("need.not-editable");
		}
		this.title = request.title().strip();
		this.description = request.description() == null ? null : request.description().strip();
		this.direction = request.direction();
		this.directionTop = directionTop;
		this.skills = new ArrayList<>(Tags.normalise(request.skills()));
		this.address = request.address() == null || request.address().isBlank() ? null : request.address().strip();
		this.latitude = latitude;
		this.longitude = longitude;
		this.startDate = request.startDate();
		this.endDate = request.endDate();
		this.headcount = request.headcount();
	}

	/** Puts the need on the public demand list. */
	void publish(Instant now) {
		if (this.status != NeedStatus.DRAFT) {
			throw Problem.conflict("need.publish.not-draft");
		}
		this.status = NeedStatus.PUBLISHED;
		this.publishedAt = now;
	}

	/** No more offers are wanted; it stays visible with what came of it. */
	void close() {
		if (this.status != NeedStatus.PUBLISHED) {
			throw Problem.conflict("need.close.not-published");
		}
		this.status = NeedStatus.CLOSED;
	}

	/** Withdraws the need. */
	void cancel() {
		if (this.status == NeedStatus.CLOSED || this.status == NeedStatus.CANCELLED) {
			throw Problem.conflict("need.cancel.ended");
		}
		this.status = NeedStatus.CANCELLED;
	}

	public boolean isPublished() {
		return this.status == NeedStatus.PUBLISHED;
	}

	public boolean hasPosition() {
		return this.latitude != null && this.longitude != null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getCommunityId() {
		return this.communityId;
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

	public String getDirection() {
		return this.direction;
	}

	public String getDirectionTop() {
		return this.directionTop;
	}

	public List<String> getSkills() {
		return List.copyOf(this.skills);
	}

	public String getAddress() {
		return this.address;
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

	public int getHeadcount() {
		return this.headcount;
	}

	public NeedStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

}
