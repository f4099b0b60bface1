package org.practica.project;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.practica.need.Need;
import org.practica.offer.Offer;
import org.practica.support.AuditedEntity;
import org.practica.support.Problem;

/**
 * What a need and an offer became (or a need and the students it recruits): an item of
 * the project list.
 */
@Entity
public class Project extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
	@SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private String title;

	/** Its need; null for an owned project. */
	private Long needId;

	private Long offerId;

	@Column(nullable = false)
	private Long communityId;

	@Column(nullable = false)
	private String communityPath;

	private Long teamId;

	private String teamPath;

	@Column(nullable = false)
	private String direction;

	@Column(nullable = false)
	private String directionTop;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProjectStatus status = ProjectStatus.ACTIVE;

	/**
	 * When it was completed; null while active, cancelled, or completed before this was
	 * kept.
	 */
	private Instant completedAt;

	/** What owns it (such as {@code CLUB}), or null for a need's project. */
	private String ownerKind;

	private Long ownerId;

	private String description;

	private String place;

	private LocalDate startDate;

	private LocalDate endDate;

	/** Whether only the owner's members may sign up. */
	@Column(nullable = false)
	private boolean membersOnly;

	protected Project() {
	}

	private Project(Need need) {
		this.title = need.getTitle();
		this.needId = need.getId();
		this.communityId = need.getCommunityId();
		this.communityPath = need.getOrganisationPath();
		this.direction = need.getDirection();
		this.directionTop = need.getDirectionTop();
	}

	/** A need and a team's offer, matched in the selection fair. */
	static Project matched(Need need, Offer offer) {
		Project project = new Project(need);
		project.offerId = offer.getId();
		project.teamId = offer.getTeamId();
		project.teamPath = offer.getOrganisationPath();
		return project;
	}

	/** A need whose community recruits individual students, with no team. */
	static Project recruiting(Need need) {
		return new Project(need);
	}

	/**
	 * A project of an owner (a club's activity): no need; it takes place at the owner's
	 * organisation, which stands in the community's place.
	 */
	static Project owned(OwnedProject owned) {
		Project project = new Project();
		project.title = owned.title().strip();
		project.ownerKind = owned.ownerKind();
		project.ownerId = owned.ownerId();
		project.communityId = owned.organisationId();
		project.communityPath = owned.organisationPath();
		project.direction = owned.direction();
		project.directionTop = owned.direction();
		project.description = owned.description() == null || owned.description().isBlank() ? null
				: owned.description().strip();
		project.place = owned.place() == null || owned.place().isBlank() ? null : owned.place().strip();
		project.startDate = owned.startDate();
		project.endDate = owned.endDate();
		project.membersOnly = owned.membersOnly();
		return project;
	}

	/** Whether an owner (a club) runs it rather than a community and a team. */
	public boolean isOwned() {
		return this.ownerKind != null;
	}

	/** The work is done: an active project is completed, now. */
	void complete(Instant now) {
		requireActive();
		this.status = ProjectStatus.COMPLETED;
		this.completedAt = now;
	}

	/** The work will not happen: an active project is cancelled. */
	void cancel() {
		requireActive();
		this.status = ProjectStatus.CANCELLED;
	}

	/**
	 * Whether it still takes shifts and sign-ups: neither completed nor cancelled.
	 */
	public boolean isActive() {
		return this.status == ProjectStatus.ACTIVE;
	}

	private void requireActive() {
		if (!isActive()) {
			throw Problem.conflict("project.not-active");
		}
	}

	/** Whether it takes individual students rather than a team. */
	public boolean isRecruiting() {
		return this.teamId == null;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public Long getNeedId() {
		return this.needId;
	}

	public Long getOfferId() {
		return this.offerId;
	}

	public Long getCommunityId() {
		return this.communityId;
	}

	public String getCommunityPath() {
		return this.communityPath;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public String getTeamPath() {
		return this.teamPath;
	}

	public String getDirection() {
		return this.direction;
	}

	public String getDirectionTop() {
		return this.directionTop;
	}

	public ProjectStatus getStatus() {
		return this.status;
	}

	/** When it was completed, or null. */
	public Instant getCompletedAt() {
		return this.completedAt;
	}

	public String getOwnerKind() {
		return this.ownerKind;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	/** What an owned project is about; null for a need's project (the need says). */
	public String getDescription() {
		return this.description;
	}

	/** Where an owned project takes place, or null. */
	public String getPlace() {
		return this.place;
	}

	/** An owned project's first day; null for a need's project (the need's). */
	public LocalDate getStartDate() {
		return this.startDate;
	}

	/** An owned project's last day; null for a need's project (the need's). */
	public LocalDate getEndDate() {
		return this.endDate;
	}

	public boolean isMembersOnly() {
		return this.membersOnly;
	}

	public boolean isCompleted() {
		return this.status == ProjectStatus.COMPLETED;
	}

}
