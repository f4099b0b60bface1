package org.practica.award;

import java.math.BigDecimal;
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
import org.practica.directory.Organisation;
import org.practica.support.AuditedEntity;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

/**
 * A call for awards (评优表彰) of an organisation for a year and a category, with the
 * eligibility rules the machine checks, a quota per nominating organisation, the dates
 * nominations are taken, and the working days its shortlist is on public notice.
 */
@Entity
public class AwardCall extends AuditedEntity {

	public static final int TITLE_MAX = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_call_seq")
	@SequenceGenerator(name = "award_call_seq", sequenceName = "award_call_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private String organisationPath;

	@Column(name = "award_year", nullable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AwardCategory category;

	@Column(nullable = false)
	private String title;

	private BigDecimal minVerifiedHours;

	private Integer minActiveMonths;

	@Column(nullable = false)
	private int quotaPerOrganisation;

	@Column(nullable = false)
	private LocalDate nominationsOpen;

	@Column(nullable = false)
	private LocalDate nominationsClose;

	@Column(nullable = false)
	private int noticeDays;

	private Long noticeId;

	private Instant finalisedAt;

	protected AwardCall() {
	}

	AwardCall(Organisation organisation, AwardRequest request, int defaultQuota, int defaultNoticeDays) {
		if (request.nominationsClose().isBefore(request.nominationsOpen())) {
			throw FieldProblem.invalid("nominationsClose", "award.close.before-open");
		}
		this.organisationId = organisation.getId();
		this.organisationPath = organisation.getPath();
		this.year = request.year();
		this.category = request.category();
		this.title = request.title().strip();
		this.minVerifiedHours = request.minVerifiedHours();
		this.minActiveMonths = request.minActiveMonths();
		this.quotaPerOrganisation = request.quotaPerOrganisation() == null ? defaultQuota
				: request.quotaPerOrganisation();
		this.nominationsOpen = request.nominationsOpen();
		this.nominationsClose = request.nominationsClose();
		this.noticeDays = request.noticeDays() == null ? defaultNoticeDays : request.noticeDays();
	}

	/** Nominations are taken from the opening day to the closing day, both included. */
	public boolean takesNominationsOn(LocalDate today) {
		return !today.isBefore(this.nominationsOpen) && !today.isAfter(this.nominationsClose);
	}

	void requireNominationsOpen(LocalDate today) {
		if (!takesNominationsOn(today)) {
			throw Problem.conflict("award.nominations.closed", this.nominationsOpen, this.nominationsClose);
		}
		if (this.noticeId != null) {
			throw Problem.conflict("award.nominations.shortlisted");
		}
	}

	/** The shortlist goes on notice once. */
	void shortlisted(Long noticeId) {
		if (this.noticeId != null) {
			throw Problem.conflict("award.shortlist.already");
		}
		this.noticeId = noticeId;
	}

	void finalised(Instant now) {
		this.finalisedAt = now;
	}

	public boolean isFinalised() {
		return this.finalisedAt != null;
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

	public int getYear() {
		return this.year;
	}

	public AwardCategory getCategory() {
		return this.category;
	}

	public String getTitle() {
		return this.title;
	}

	public BigDecimal getMinVerifiedHours() {
		return this.minVerifiedHours;
	}

	public Integer getMinActiveMonths() {
		return this.minActiveMonths;
	}

	public int getQuotaPerOrganisation() {
		return this.quotaPerOrganisation;
	}

	public LocalDate getNominationsOpen() {
		return this.nominationsOpen;
	}

	public LocalDate getNominationsClose() {
		return this.nominationsClose;
	}

	public int getNoticeDays() {
		return this.noticeDays;
	}

	public Long getNoticeId() {
		return this.noticeId;
	}

	public Instant getFinalisedAt() {
		return this.finalisedAt;
	}

}
