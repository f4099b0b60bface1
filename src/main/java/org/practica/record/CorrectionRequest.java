package org.practica.record;

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
import jakarta.persistence.Version;

import org.practica.support.Problem;
import org.practica.support.UploadedFile;

/**
 * A volunteer's request (更正申请) to correct an hours entry, or to record hours missing from
 * the ledger, with a reason and optional evidence. The project's community answers it by
 * the deadline: corrects the entry, records the missing hours, or refuses with a reason.
 * Left unanswered past the deadline it is raised to the street or district above the
 * community, whose admins may answer it too.
 */
@Entity
public class CorrectionRequest {

	static final int REASON_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "correction_request_seq")
	@SequenceGenerator(name = "correction_request_seq", sequenceName = "correction_request_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long studentId;

	@Column(nullable = false, updatable = false)
	private String studentPath;

	/** The entry to correct; none when hours are missing altogether. */
	@Column(updatable = false)
	private Long entryId;

	@Column(nullable = false, updatable = false)
	private Long projectId;

	@Column(nullable = false, updatable = false)
	private String communityPath;

	@Column(nullable = false, updatable = false)
	private LocalDate workDate;

	/** The entry's hours when the request was made. */
	@Column(updatable = false)
	private BigDecimal currentHours;

	@Column(nullable = false, updatable = false)
	private BigDecimal askedHours;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(updatable = false)
	private String evidenceName;

	@Column(updatable = false)
	private String evidenceType;

	@Column(name = "evidence_sha256", updatable = false)
	private String evidenceSha256;

	@Column(name = "evidence", updatable = false)
	private byte[] evidenceBytes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CorrectionStatus status = CorrectionStatus.OPEN;

	@Column(nullable = false)
	private LocalDate dueOn;

	private Instant escalatedAt;

	/** The organisation the request was raised to: the street, or else the district. */
	private String escalatedTo;

	@Enumerated(EnumType.STRING)
	private CorrectionAnswer answer;

	private String answerReason;

	private BigDecimal answeredHours;

	/** The entry the answer wrote: the correction or the back-fill. */
	private Long resultEntryId;

	private String answeredBy;

	private Instant answeredAt;

	@Column(nullable = false, updatable = false)
	private Instant requestedAt;

	@Version
	private Long version;

	protected CorrectionRequest() {
	}

	CorrectionRequest(Asked asked, String studentPath, String communityPath, UploadedFile evidence, Instant now,
			LocalDate dueOn) {
		this.studentId = asked.studentId();
		this.studentPath = studentPath;
		this.entryId = asked.entryId();
		this.projectId = asked.projectId();
		this.communityPath = communityPath;
		this.workDate = asked.workDate();
		this.currentHours = asked.currentHours();
		this.askedHours = asked.hours();
		this.reason = asked.reason();
		if (evidence != null) {
			this.evidenceName = evidence.fileName();
			this.evidenceType = evidence.contentType();
			this.evidenceSha256 = evidence.sha256();
			this.evidenceBytes = evidence.bytes();
		}
		this.requestedAt = now;
		this.dueOn = dueOn;
	}

	/**
	 * What the volunteer asks: the entry (or none), its project and day, its hours now,
	 * the hours they should be, and why.
	 */
	record Asked(Long studentId, Long entryId, Long projectId, LocalDate workDate, BigDecimal currentHours,
			BigDecimal hours, String reason) {
	}

	/** Whether it waits for an answer. */
	public boolean isOpen() {
		return this.status != CorrectionStatus.ANSWERED;
	}

	/** Whether it asks for missing hours rather than a change to an entry. */
	public boolean isMissing() {
		return this.entryId == null;
	}

	/**
	 * Whether it is past its deadline on this day, still unanswered and not yet raised.
	 */
	boolean isOverdue(LocalDate today) {
		return this.status == CorrectionStatus.OPEN && today.isAfter(this.dueOn);
	}

	/** Raised to the organisation above the community. */
	void escalate(String to, Instant now) {
		if (this.status != CorrectionStatus.OPEN) {
			throw Problem.conflict("record.correction.not-open");
		}
		this.status = CorrectionStatus.ESCALATED;
		this.escalatedTo = to;
		this.escalatedAt = now;
	}

	/**
	 * Answered: corrected or back-filled (with the entry written), or refused. An answer
	 * must fit the request: a missing entry is back-filled, an entry corrected.
	 */
	void answer(CorrectionAnswer answer, BigDecimal hours, String reason, Long resultEntryId, String by, Instant now) {
		checkAnswerable(answer);
		this.status = CorrectionStatus.ANSWERED;
		this.answer = answer;
		this.answeredHours = hours;
		this.answerReason = reason;
		this.resultEntryId = resultEntryId;
		this.answeredBy = by;
		this.answeredAt = now;
	}

	/** Checks the answer fits before anything is written for it. */
	void checkAnswerable(CorrectionAnswer answer) {
		if (!isOpen()) {
			throw Problem.conflict("record.correction.answered");
		}
		if ((answer == CorrectionAnswer.CORRECTED && isMissing())
				|| (answer == CorrectionAnswer.BACKFILLED && !isMissing())) {
			throw Problem.conflict("record.correction.answer-mismatch." + answer.name());
		}
	}

	UploadedFile evidence() {
		return this.evidenceBytes == null ? null
				: new UploadedFile(this.evidenceName, this.evidenceType, this.evidenceSha256, this.evidenceBytes);
	}

	public boolean hasEvidence() {
		return this.evidenceBytes != null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getStudentId() {
		return this.studentId;
	}

	public String getStudentPath() {
		return this.studentPath;
	}

	public Long getEntryId() {
		return this.entryId;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public String getCommunityPath() {
		return this.communityPath;
	}

	public LocalDate getWorkDate() {
		return this.workDate;
	}

	public BigDecimal getCurrentHours() {
		return this.currentHours;
	}

	public BigDecimal getAskedHours() {
		return this.askedHours;
	}

	public String getReason() {
		return this.reason;
	}

	public String getEvidenceName() {
		return this.evidenceName;
	}

	public CorrectionStatus getStatus() {
		return this.status;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public Instant getEscalatedAt() {
		return this.escalatedAt;
	}

	public String getEscalatedTo() {
		return this.escalatedTo;
	}

	public CorrectionAnswer getAnswer() {
		return this.answer;
	}

	public String getAnswerReason() {
		return this.answerReason;
	}

	public BigDecimal getAnsweredHours() {
		return this.answeredHours;
	}

	public Long getResultEntryId() {
		return this.resultEntryId;
	}

	public String getAnsweredBy() {
		return this.answeredBy;
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

}
