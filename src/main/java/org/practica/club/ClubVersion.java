package org.practica.club;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * One version of a club's name, category, purpose and charter: as applied for, or as a
 * change asked for later. Kept for good, with whether it was approved.
 */
@Entity
public class ClubVersion {

	/** Where a version stands. */
	public enum State {

		PENDING, APPROVED, RETURNED, REJECTED, SUPERSEDED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "club_version_seq")
	@SequenceGenerator(name = "club_version_seq", sequenceName = "club_version_seq", allocationSize = 50)
	private Long id;

	private Long clubId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ClubCategory category;

	@Column(nullable = false)
	private String purpose;

	@Column(nullable = false)
	private String charterName;

	@Column(nullable = false)
	private String charterPurpose;

	@Column(nullable = false)
	private String charterRights;

	@Column(nullable = false)
	private String charterOfficers;

	@Column(nullable = false)
	private String charterFinances;

	@Column(nullable = false)
	private String charterDissolution;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state;

	@Column(nullable = false)
	private Long submittedBy;

	@Column(nullable = false)
	private Instant submittedAt;

	protected ClubVersion() {
	}

	ClubVersion(int number, String name, ClubCategory category, String purpose, Charter charter, Long submittedBy,
			Instant submittedAt) {
		this.number = number;
		this.name = name.strip();
		this.category = category;
		this.purpose = purpose.strip();
		this.charterName = charter.name().strip();
		this.charterPurpose = charter.purpose().strip();
		this.charterRights = charter.rights().strip();
		this.charterOfficers = charter.officers().strip();
		this.charterFinances = charter.finances().strip();
		this.charterDissolution = charter.dissolution().strip();
		this.state = State.PENDING;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
	}

	void belongTo(Long clubId) {
		this.clubId = clubId;
	}

	void approve() {
		this.state = State.APPROVED;
	}

	void supersede() {
		this.state = State.SUPERSEDED;
	}

	void close(boolean rejected) {
		this.state = rejected ? State.REJECTED : State.RETURNED;
	}

	public Charter charter() {
		return new Charter(this.charterName, this.charterPurpose, this.charterRights, this.charterOfficers,
				this.charterFinances, this.charterDissolution);
	}

	public Long getId() {
		return this.id;
	}

	public Long getClubId() {
		return this.clubId;
	}

	public int getNumber() {
		return this.number;
	}

	public String getName() {
		return this.name;
	}

	public ClubCategory getCategory() {
		return this.category;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public State getState() {
		return this.state;
	}

	public Long getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

}
