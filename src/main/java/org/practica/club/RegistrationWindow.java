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

import org.practica.support.AuditedEntity;
import org.practica.support.FieldProblem;

/**
 * When a university's federation takes applications of one kind (new clubs or renewals):
 * open from {@code opensAt} until {@code closesAt}, either set ahead. Whether it is open
 * is read from the clock at each request, so a scheduled opening takes effect at its
 * moment with nothing running.
 */
@Entity
@jakarta.persistence.Table(name = "club_registration_window")
public class RegistrationWindow extends AuditedEntity {

	/** What the window takes. */
	public enum Kind {

		NEW, RENEWAL

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "club_registration_window_seq")
	@SequenceGenerator(name = "club_registration_window_seq", sequenceName = "club_registration_window_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long universityId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	private Instant opensAt;

	private Instant closesAt;

	protected RegistrationWindow() {
	}

	RegistrationWindow(Long universityId, Kind kind) {
		this.universityId = universityId;
		this.kind = kind;
	}

	/** Whether applications are taken at this instant. */
	public boolean isOpenAt(Instant now) {
		return this.opensAt != null && !now.isBefore(this.opensAt)
				&& (this.closesAt == null || now.isBefore(this.closesAt));
	}

	/**
	 * Sets when the window opens and closes; either may lie ahead, or be none (not open;
	 * open until closed).
	 */
	void schedule(Instant opensAt, Instant closesAt) {
		if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
			throw FieldProblem.invalid("closesAt", "club.window.closes-before-opens");
		}
		this.opensAt = opensAt;
		this.closesAt = closesAt;
	}

	/** Opens now, until closed. */
	void openNow(Instant now) {
		this.opensAt = now;
		this.closesAt = null;
	}

	/** Closes now; an opening set ahead is dropped. */
	void closeNow(Instant now) {
		if (isOpenAt(now)) {
			this.closesAt = now;
		}
		else {
			this.opensAt = null;
			this.closesAt = null;
		}
	}

	public Long getUniversityId() {
		return this.universityId;
	}

	public Kind getKind() {
		return this.kind;
	}

	public Instant getOpensAt() {
		return this.opensAt;
	}

	public Instant getClosesAt() {
		return this.closesAt;
	}

}
