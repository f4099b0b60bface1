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

import org.practica.support.Problem;

/**
 * A staff member named as a club's instructor (指导老师): invited by the application, and an
 * instructor only once they accept.
 */
@Entity
public class ClubInstructor {

	/** Whether the invitation was answered. */
	public enum Status {

		INVITED, ACCEPTED, DECLINED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "club_instructor_seq")
	@SequenceGenerator(name = "club_instructor_seq", sequenceName = "club_instructor_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long clubId;

	@Column(nullable = false)
	private Long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private Instant invitedAt;

	private Instant respondedAt;

	protected ClubInstructor() {
	}

	ClubInstructor(Long clubId, Long accountId, Instant invitedAt) {
		this.clubId = clubId;
		this.accountId = accountId;
		this.status = Status.INVITED;
		this.invitedAt = invitedAt;
	}

	void respond(boolean accept, Instant now) {
		if (this.status != Status.INVITED) {
			throw Problem.conflict("club.instructor.answered");
		}
		this.status = accept ? Status.ACCEPTED : Status.DECLINED;
		this.respondedAt = now;
	}

	public boolean accepted() {
		return this.status == Status.ACCEPTED;
	}

	public Long getId() {
		return this.id;
	}

	public Long getClubId() {
		return this.clubId;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public Status getStatus() {
		return this.status;
	}

	public Instant getInvitedAt() {
		return this.invitedAt;
	}

	public Instant getRespondedAt() {
		return this.respondedAt;
	}

}
