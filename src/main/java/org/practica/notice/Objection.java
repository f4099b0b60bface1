package org.practica.notice;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

/**
 * A real-name objection (异议) to one subject of a notice, with the objector's contact
 * details (seen only by the notice organisation's admins) and reason; it holds its
 * subject until an admin decides it, upheld or not, with a reason that is published.
 */
@Entity
@Table(name = "notice_objection")
public class Objection {

	public static final int REAL_NAME_MAX = 50;

	public static final int CONTACT_MAX = 100;

	public static final int REASON_MAX = 2000;

	public static final int DECISION_REASON_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_objection_seq")
	@SequenceGenerator(name = "notice_objection_seq", sequenceName = "notice_objection_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long noticeId;

	@Column(nullable = false)
	private Long subjectId;

	@Column(nullable = false)
	private String realName;

	@Column(nullable = false)
	private String contact;

	@Column(nullable = false)
	private String reason;

	private String clientAddress;

	@Column(nullable = false)
	private Instant raisedAt;

	private Boolean upheld;

	private String decisionReason;

	private Instant decidedAt;

	private String decidedBy;

	@Version
	private Long version;

	protected Objection() {
	}

	/**
	 * An objection to a subject of a notice, raised now: refused with 400 naming the
	 * field without a real name, contact or reason, and with 409 outside the notice's
	 * window.
	 */
	Objection(Notice notice, NoticeSubject subject, String realName, String contact, String reason,
			String clientAddress, Instant now) {
		this.realName = required(realName, "realName", REAL_NAME_MAX);
		this.contact = required(contact, "contact", CONTACT_MAX);
		this.reason = required(reason, "reason", REASON_MAX);
		if (!notice.isOpenAt(now)) {
			throw Problem.conflict("notice.objection.outside-window");
		}
		this.noticeId = notice.getId();
		this.subjectId = subject.getId();
		this.clientAddress = clientAddress;
		this.raisedAt = now;
	}

	private static String required(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			throw FieldProblem.invalid(field, "notice.objection." + field + ".required");
		}
		if (value.strip().length() > max) {
			throw FieldProblem.invalid(field, "notice.objection.too-long", max);
		}
		return value.strip();
	}

	/** Decides the objection once, upheld or not, for a reason that is published. */
	void decide(Boolean upheld, String reason, String by, Instant now) {
		if (this.decidedAt != null) {
			throw Problem.conflict("notice.objection.decided-already");
		}
		if (upheld == null) {
			throw FieldProblem.invalid("upheld", "notice.decision.upheld.required");
		}
		if (reason == null || reason.isBlank()) {
			throw FieldProblem.invalid("reason", "notice.decision.reason.required");
		}
		if (reason.strip().length() > DECISION_REASON_MAX) {
			throw FieldProblem.invalid("reason", "notice.objection.too-long", DECISION_REASON_MAX);
		}
		this.upheld = upheld;
		this.decisionReason = reason.strip();
		this.decidedAt = now;
		this.decidedBy = by;
	}

	public boolean isDecided() {
		return this.decidedAt != null;
	}

	/** Whether the objection was decided and upheld: its subject is taken off. */
	public boolean isUpheld() {
		return Boolean.TRUE.equals(this.upheld);
	}

	public ObjectionStatus getStatus() {
		if (this.decidedAt == null) {
			return ObjectionStatus.OPEN;
		}
		return isUpheld() ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
	}

	public Long getId() {
		return this.id;
	}

	public Long getNoticeId() {
		return this.noticeId;
	}

	public Long getSubjectId() {
		return this.subjectId;
	}

	public String getRealName() {
		return this.realName;
	}

	public String getContact() {
		return this.contact;
	}

	public String getReason() {
		return this.reason;
	}

	public String getClientAddress() {
		return this.clientAddress;
	}

	public Instant getRaisedAt() {
		return this.raisedAt;
	}

	public String getDecisionReason() {
		return this.decisionReason;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

}
