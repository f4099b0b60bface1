package org.practica.project;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.practica.support.AuditedEntity;
import org.practica.support.Problem;

/**
 * The two-way selection (双选会) between one need and one offer: each side says it is
 * interested, and when both have, the pair becomes a project.
 */
@Entity
public class Interest extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interest_seq")
	@SequenceGenerator(name = "interest_seq", sequenceName = "interest_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long needId;

	@Column(nullable = false)
	private Long offerId;

	@Column(nullable = false)
	private String communityPath;

	@Column(nullable = false)
	private String teamPath;

	private boolean fromCommunity;

	private boolean fromTeam;

	private Long projectId;

	/** When the fair matching last proposed this pair to both sides, or null. */
	private Instant proposedAt;

	protected Interest() {
	}

	Interest(Long needId, Long offerId, String communityPath, String teamPath) {
		this.needId = needId;
		this.offerId = offerId;
		this.communityPath = communityPath;
		this.teamPath = teamPath;
	}

	/** The community says it wants this team's offer for its need. */
	void markByCommunity() {
		if (this.fromCommunity) {
			throw Problem.conflict("fair.interest.already");
		}
		this.fromCommunity = true;
	}

	/** The team says it wants to take on this need. */
	void markByTeam() {
		if (this.fromTeam) {
			throw Problem.conflict("fair.interest.already");
		}
		this.fromTeam = true;
	}

	boolean isMutual() {
		return this.fromCommunity && this.fromTeam;
	}

	/**
	 * The fair matching proposes this pair (at the given time) or no longer does (null).
	 */
	void proposed(Instant at) {
		this.proposedAt = at;
	}

	public boolean isProposed() {
		return this.proposedAt != null && this.projectId == null;
	}

	public Instant getProposedAt() {
		return this.proposedAt;
	}

	void becameProject(Long projectId) {
		this.projectId = projectId;
	}

	public Long getId() {
		return this.id;
	}

	public Long getNeedId() {
		return this.needId;
	}

	public Long getOfferId() {
		return this.offerId;
	}

	public boolean isFromCommunity() {
		return this.fromCommunity;
	}

	public boolean isFromTeam() {
		return this.fromTeam;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	String getCommunityPath() {
		return this.communityPath;
	}

	String getTeamPath() {
		return this.teamPath;
	}

}
