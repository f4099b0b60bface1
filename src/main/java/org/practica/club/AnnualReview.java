package org.practica.club;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.practica.support.AuditedEntity;
import org.practica.support.Problem;

/**
 * One filing of a club's annual review (年审): the year's report, FILED until the
 * federation approves it or returns it with a comment. A returned report is filed again
 * as a new filing, so every filing and decision stays.
 */
@Entity
@Table(name = "club_annual_review")
public class AnnualReview extends AuditedEntity {

	/** Where a filing stands. */
	public enum Status {

		FILED, APPROVED, RETURNED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "club_annual_review_seq")
	@SequenceGenerator(name = "club_annual_review_seq", sequenceName = "club_annual_review_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long clubId;

	@Column(name = "review_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private String report;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private Long filedBy;

	@Column(nullable = false)
	private Instant filedAt;

	@Embedded
	private Decision decision;

	protected AnnualReview() {
	}

	AnnualReview(Long clubId, int year, String report, Long filedBy, Instant now) {
		this.clubId = clubId;
		this.year = year;
		this.report = report;
		this.filedBy = filedBy;
		this.filedAt = now;
		this.status = Status.FILED;
	}

	/** The federation approves the filing. */
	void approve(Long by, String comment, Instant now) {
		decide(Status.APPROVED, by, comment, now);
	}

	/** The federation returns the filing, with a comment, to be filed again. */
	void returnWith(Long by, String comment, Instant now) {
		decide(Status.RETURNED, by, comment, now);
	}

	private void decide(Status to, Long by, String comment, Instant now) {
		if (this.status != Status.FILED) {
			throw Problem.conflict("club.annual-review.decided");
		}
		this.status = to;
		this.decision = new Decision(by, now, comment);
	}

	public Long getId() {
		return this.id;
	}

	public Long getClubId() {
		return this.clubId;
	}

	public int getYear() {
		return this.year;
	}

	public String getReport() {
		return this.report;
	}

	public Status getStatus() {
		return this.status;
	}

	public Long getFiledBy() {
		return this.filedBy;
	}

	public Instant getFiledAt() {
		return this.filedAt;
	}

	public Long getDecidedBy() {
		return this.decision == null ? null : this.decision.decidedBy();
	}

	public Instant getDecidedAt() {
		return this.decision == null ? null : this.decision.decidedAt();
	}

	public String getComment() {
		return this.decision == null ? null : this.decision.comment();
	}

}
