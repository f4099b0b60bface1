package org.practica.hours;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

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

	/** A back-fill's stage between its two approvals; none for other entries. */
	@Enumerated(EnumType.STRING)
	private BackfillStage backfillStage;

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
		this.backfillStage = (entry.source() == HoursSource.BACKFILL) ? BackfillStage.AWAITING_COMMUNITY : null;
		this.recordedAt = now;
		this.recordedBy = by;
	}

	/**
	 * Verifies the entry, as far as this verifier may: the project's community verifies
	 * an entry; a back-fill then waits for the student's university, whose approval makes
	 * it count. Refuses with 403 whoever may not verify it at all, and with 409 a
	 * verification its state forbids now: a verified or superseded entry, a back-fill
	 * refused after the community verified it, a back-fill the community has verified to
	 * the community, and one it has not verified yet to the university.
	 * @param community whether the verifier is an admin of the project's community
	 * @param university whether the verifier is an admin of the student's university
	 * @return what happened, as the ledger names it
	 */
	Verification verify(boolean community, boolean university, Instant now, String by) {
		if (!community && !(university && isBackfill())) {
			throw Problem.forbidden();
		}
		requireOpen();
		if (!isBackfill()) {
			verifiedByCommunity(now, by);
			this.status = HoursStatus.VERIFIED;
			return Verification.VERIFIED;
		}
		if (this.backfillStage == BackfillStage.REFUSED) {
			throw Problem.conflict("hours.backfill.refused");
		}
		if (this.backfillStage == BackfillStage.AWAITING_UNIVERSITY) {
			if (!university) {
				throw Problem.conflict("hours.verified.community-already");
			}
			this.backfillStage = BackfillStage.APPROVED;
			this.status = HoursStatus.VERIFIED;
			return Verification.UNIVERSITY_APPROVED;
		}
		if (!community) {
			throw Problem.conflict("hours.approve.not-ready");
		}
		verifiedByCommunity(now, by);
		// a back-fill the community disputed and now verifies waits for the university
		this.status = HoursStatus.PENDING;
		this.backfillStage = BackfillStage.AWAITING_UNIVERSITY;
		return Verification.COMMUNITY_VERIFIED;
	}

	private void verifiedByCommunity(Instant now, String by) {
		this.communityVerifiedAt = now;
		this.communityVerifiedBy = by;
		this.disputeReason = null;
	}

	/**
	 * Disputes the entry, with a reason. A back-fill disputed after the community
	 * verified it is refused for good.
	 */
	void dispute(String reason) {
		requireOpen();
		this.status = HoursStatus.DISPUTED;
		this.disputeReason = reason;
		if (this.backfillStage == BackfillStage.AWAITING_UNIVERSITY) {
			this.backfillStage = BackfillStage.REFUSED;
		}
	}

	/** A correction takes its place. */
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

	public boolean isBackfill() {
		return this.source == HoursSource.BACKFILL;
	}

	/**
	 * Whether the community has verified it and it waits for the university (a
	 * back-fill).
	 */
	public boolean awaitsUniversity() {
		return this.backfillStage == BackfillStage.AWAITING_UNIVERSITY && this.status == HoursStatus.PENDING;
	}

	/**
	 * What a verifier should look at twice: no hours at all, more hours than anyone
	 * plausibly serves in a day, more hours than its shift lasted.
	 * @param plausiblePerDay the most hours one plausibly serves in a day
	 * @param shiftLength how long its shift lasted, or null when it has none (a
	 * back-fill) or it is not known
	 */
	public Set<HoursFlag> flags(BigDecimal plausiblePerDay, Duration shiftLength) {
		Set<HoursFlag> flags = EnumSet.noneOf(HoursFlag.class);
		if (this.hours.signum() == 0) {
			flags.add(HoursFlag.ZERO_HOURS);
		}
		if (this.hours.compareTo(plausiblePerDay) > 0) {
			flags.add(HoursFlag.LONGER_THAN_A_DAY);
		}
		if (shiftLength != null && this.hours.multiply(BigDecimal.valueOf(3600))
			.compareTo(BigDecimal.valueOf(shiftLength.toSeconds())) > 0) {
			flags.add(HoursFlag.LONGER_THAN_THE_SHIFT);
		}
		return flags;
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

	public BackfillStage getBackfillStage() {
		return this.backfillStage;
	}

	public String getDisputeReason() {
		return this.disputeReason;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	/** What a verification did, by the name the ledger gives it. */
	enum Verification {

		/**
		 * An entry from attendance or a correction, verified by the community: it counts.
		 */
		VERIFIED,

		/** A back-fill verified by the community: it waits for the university. */
		COMMUNITY_VERIFIED,

		/** A back-fill approved by the university after the community: it counts. */
		UNIVERSITY_APPROVED

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
