package org.practica.notice;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.practica.support.AuditedEntity;

/**
 * A public notice (公示) of an organisation: a titled list of subjects shown to everyone
 * from {@code opensAt} until {@code closesAt}, a number of working days later, during
 * which anyone may object to a subject by real name. It belongs to an owner in another
 * module (an award call, a club), named by a kind and an id the owner chose.
 */
@Entity
public class Notice extends AuditedEntity {

	/** The longest title its column holds. */
	public static final int TITLE_MAX = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
	@SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private String organisationPath;

	@Column(nullable = false)
	private String ownerKind;

	@Column(nullable = false)
	private Long ownerId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private Instant opensAt;

	@Column(nullable = false)
	private Instant closesAt;

	@Column(nullable = false)
	private int workingDays;

	private Instant endedAt;

	protected Notice() {
	}

	Notice(Long organisationId, String organisationPath, String ownerKind, Long ownerId, String title, Instant opensAt,
			Instant closesAt, int workingDays) {
		this.organisationId = organisationId;
		this.organisationPath = organisationPath;
		this.ownerKind = ownerKind;
		this.ownerId = ownerId;
		this.title = title;
		this.opensAt = opensAt;
		this.closesAt = closesAt;
		this.workingDays = workingDays;
	}

	/** Whether objections are taken at this instant: from the opening until the close. */
	public boolean isOpenAt(Instant now) {
		return !now.isBefore(this.opensAt) && now.isBefore(this.closesAt);
	}

	/** Whether the window has passed at this instant. */
	public boolean hasClosedAt(Instant now) {
		return !now.isBefore(this.closesAt);
	}

	public Long getId() {
		return this.id;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getOrganisationPath() {
		return this.organisationPath;
	}

	public String getOwnerKind() {
		return this.ownerKind;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public String getTitle() {
		return this.title;
	}

	public Instant getOpensAt() {
		return this.opensAt;
	}

	public Instant getClosesAt() {
		return this.closesAt;
	}

	public int getWorkingDays() {
		return this.workingDays;
	}

	/** When the notice ended: its window passed and every objection was decided. */
	public Instant getEndedAt() {
		return this.endedAt;
	}

}
