package org.practica.hours;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.practica.support.Problem;

/**
 * A line of a student's service hours. Its content never changes once written; its status
 * moves on only through the rules below, and each move is written to the ledger as a line
 * of its own, chained by hashes, so the ledger tells every entry's whole story and shows
 * any change made behind its back.
 */
@Entity
public class HoursEntry {

	/**
	 * The longest reason a column holds: a correction's or back-fill's, or a dispute's.
	 */
	static final int REASON_MAX = 1000;

	@Id
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long studentId;

	@Column(nullable = false, updatable = false)
	private Long projectId;

	@Column(updatable = false)
	private Long shiftId;

	@Column(nullable = false, updatable = false)
	private LocalDate workDate;

	@Column(nullable = false, updatable = false)
	private BigDecimal hours;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private HoursStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private HoursSource source;

	@Column(updatable = false)
	private String reason;

	@Column(updatable = false)
	private Long supersedesId;

	/** The project's community, whose admins verify it. */
	@Column(nullable = false, updatable = false)
	private String communityPath;

	/** The project's team, if any. */
	@Column(updatable = false)
	private String teamPath;

	/** The student's college, under the university that approves back-fill. */
	@Column(nullable = false, updatable = false)
	private String studentPath;

	private Instant communityVerifiedAt;

	private String communityVerifiedBy;

	private String disputeReason;

	@Column(nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(nullable = false, updatable = false)
	private String recordedBy;

	@Version
	private Long version;

	protected HoursEntry() {
	}

	HoursEntry(Long id, NewEntry entry, Instant now, String by) {
		this.id = id;
		this.studentId = entry.studentId();
		this.projectId = entry.projectId();
		this.shiftId = entry.shiftId();
		this.workDate = entry.workDate();
		this.hours = entry.hours();
		this.source = entry.source();
		this.reason = entry.reason();
		this.supersedesId = entry.supersedesId();
		this.communityPath = entry.communityPath();
		this.teamPath = entry.teamPath();
		this.studentPath = entry.studentPath();
		this.status = HoursStatus.PENDING;
		this.recordedAt = now;
		this.recordedBy = by;
	}

	/**
	 * Refuses (409) a verification the entry's state forbids to this verifier: a verified
	 * or superseded entry; a back-fill the community has verified, to a community admin
	 * who cannot approve for the university; a back-fill the community has not verified
	 * yet, to a university admin who cannot verify for the community.
	 * @param community whether the verifier is an admin of the project's community
	 * @param university whether the verifier is an admin of the student's university
	 */
	void requireVerifiableBy(boolean community, boolean university) {
		requireOpen();
		if (this.source != HoursSource.BACKFILL) {
			return;
		}
		if (this.status == HoursStatus.DISPUTED && this.communityVerifiedAt != null) {
			// the university refused what the community had verified: final, the student
			// sends a new back-fill
			throw Problem.conflict("hours.backfill.refused");
		}
		if (awaitsUniversity() && !university) {
			throw Problem.conflict("hours.verified.community-already");
		}
		if (this.communityVerifiedAt == null && !community) {
			throw Problem.conflict("hours.approve.not-ready");
		}
	}

	/**
	 * The community's verification. A back-fill also needs the university's: until then
	 * it stays pending.
	 * @return whether the entry is now verified
	 */
	boolean verifyByCommunity(Instant now, String by) {
		requireOpen();
		if (this.communityVerifiedAt != null) {
			throw Problem.conflict("hours.verified.already");
		}
		this.communityVerifiedAt = now;
		this.communityVerifiedBy = by;
		this.disputeReason = null;
		if (this.source != HoursSource.BACKFILL) {
			this.status = HoursStatus.VERIFIED;
		}
		return this.status == HoursStatus.VERIFIED;
	}

	/** The university's approval of a back-fill the community has verified. */
	void approveByUniversity() {
		requireOpen();
		if (this.source != HoursSource.BACKFILL || this.communityVerifiedAt == null) {
			throw Problem.conflict("hours.approve.not-ready");
		}
		this.status = HoursStatus.VERIFIED;
	}

	void dispute(String reason) {
		requireOpen();
		this.status = HoursStatus.DISPUTED;
		this.disputeReason = reason;
	}

	void supersede() {
		if (this.status == HoursStatus.SUPERSEDED) {
			throw Problem.conflict("hours.superseded.already");
		}
		this.status = HoursStatus.SUPERSEDED;
	}

	private void requireOpen() {
		if (this.status == HoursStatus.VERIFIED) {
			throw Problem.conflict("hours.verified.already");
		}
		if (this.status == HoursStatus.SUPERSEDED) {
			throw Problem.conflict("hours.superseded.already");
		}
	}

	/**
	 * Whether the community has verified it and it waits for the university (a
	 * back-fill).
	 */
	public boolean awaitsUniversity() {
		return this.source == HoursSource.BACKFILL && this.communityVerifiedAt != null
				&& this.status == HoursStatus.PENDING;
	}

	/** The canonical text of what the entry says, as the ledger hashes it. */
	String content() {
		return "student=" + this.studentId + ";project=" + this.projectId + ";shift=" + this.shiftId + ";date="
				+ this.workDate + ";hours=" + this.hours.stripTrailingZeros().toPlainString() + ";source=" + this.source
				+ ";supersedes=" + this.supersedesId + ";reason=" + this.reason;
	}

	public Long getId() {
		return this.id;
	}

	public Long getStudentId() {
		return this.studentId;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public Long getShiftId() {
		return this.shiftId;
	}

	public LocalDate getWorkDate() {
		return this.workDate;
	}

	public BigDecimal getHours() {
		return this.hours;
	}

	public HoursStatus getStatus() {
		return this.status;
	}

	public HoursSource getSource() {
		return this.source;
	}

	public String getReason() {
		return this.reason;
	}

	public Long getSupersedesId() {
		return this.supersedesId;
	}

	public String getCommunityPath() {
		return this.communityPath;
	}

	public String getTeamPath() {
		return this.teamPath;
	}

	public String getStudentPath() {
		return this.studentPath;
	}

	public Instant getCommunityVerifiedAt() {
		return this.communityVerifiedAt;
	}

	public String getDisputeReason() {
		return this.disputeReason;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	/**
	 * What a new entry says.
	 *
	 * @param studentId the student
	 * @param projectId the project
	 * @param shiftId the shift, for attendance
	 * @param workDate the day served
	 * @param hours the hours
	 * @param source where it comes from
	 * @param reason why (back-fill, correction)
	 * @param supersedesId the entry it corrects
	 * @param communityPath the project's community
	 * @param teamPath the project's team
	 * @param studentPath the student's college
	 */
	record NewEntry(Long studentId, Long projectId, Long shiftId, LocalDate workDate, BigDecimal hours,
			HoursSource source, String reason, Long supersedesId, String communityPath, String teamPath,
			String studentPath) {
	}

}
