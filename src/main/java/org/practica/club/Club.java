package org.practica.club;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.practica.support.AuditedEntity;
import org.practica.support.Problem;

/**
 * A student club (社团) of a university. It is applied for, reviewed by the federation and
 * then a university admin, shown in a public notice, runs on probation (activities but no
 * public recruiting) and then is active. Its name, category, purpose and charter are kept
 * as versions: what the club shows is the last approved one, while a change waits for
 * review.
 */
@Entity
public class Club extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "club_seq")
	@SequenceGenerator(name = "club_seq", sequenceName = "club_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long universityId;

	@Column(nullable = false)
	private String universityPath;

	@Column(nullable = false)
	private String name;

	private String nameKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ClubCategory category;

	@Column(nullable = false)
	private String purpose;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ClubStatus status;

	@Enumerated(EnumType.STRING)
	private ReviewStage reviewStage;

	private Long approvedVersionId;

	private Long pendingVersionId;

	@Column(nullable = false)
	private boolean membersNeedApproval;

	@Column(nullable = false)
	private boolean instructorsPublic;

	@Column(nullable = false)
	private Long applicantId;

	private Long noticeId;

	private Instant noticeEndsAt;

	private Instant probationEndsAt;

	@Column(nullable = false)
	private boolean withoutPresident;

	private String statusReason;

	@Column(nullable = false)
	private Instant statusChangedAt;

	/** The notice of a dormant club's cancellation proposal, while one is pending. */
	private Long dormantNoticeId;

	private Instant dormantNoticeEndsAt;

	protected Club() {
	}

	Club(Long universityId, String universityPath, ClubVersion applied, Long applicantId, boolean membersNeedApproval,
			Instant now) {
		this.universityId = universityId;
		this.universityPath = universityPath;
		show(applied);
		this.applicantId = applicantId;
		this.membersNeedApproval = membersNeedApproval;
		this.instructorsPublic = true;
		this.status = ClubStatus.APPLIED;
		this.reviewStage = ReviewStage.FEDERATION;
		this.statusChangedAt = now;
	}

	/** The key that keeps a name unique in a university, while a club holds it. */
	static String nameKey(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	private void show(ClubVersion version) {
		this.name = version.getName();
		this.nameKey = nameKey(version.getName());
		this.category = version.getCategory();
		this.purpose = version.getPurpose();
	}

	/** Whether a decision of the review chain is awaited: an application or a change. */
	public boolean awaitsReview() {
		return this.reviewStage != null;
	}

	/** Whether what awaits review is a change of a registered club. */
	public boolean reviewsChange() {
		return this.reviewStage != null && this.status.isRegistered();
	}

	/** The version under review: the application's or the change's. */
	Long versionUnderReview(Long appliedVersionId) {
		return reviewsChange() ? this.pendingVersionId : appliedVersionId;
	}

	/** Checks that the stage awaiting a decision is this one. */
	void checkStage(ReviewStage stage) {
		if (this.reviewStage == null) {
			throw Problem.conflict("club.review.nothing");
		}
		if (this.reviewStage != stage) {
			throw Problem.conflict("club.review.stage." + this.reviewStage);
		}
	}

	/** The federation approved: a university admin decides next. */
	void forward() {
		this.reviewStage = ReviewStage.UNIVERSITY;
	}

	/** A university admin approved the application: the public notice opens. */
	void approveRegistration(ClubVersion version, Long noticeId, Instant noticeEndsAt, Instant now) {
		version.approve();
		this.approvedVersionId = version.getId();
		show(version);
		this.reviewStage = null;
		this.noticeId = noticeId;
		this.noticeEndsAt = noticeEndsAt;
		move(ClubStatus.NOTICE, null, now);
	}

	/** A university admin approved a change: the club shows the new version from now. */
	void approveChange(ClubVersion version, ClubVersion previous) {
		version.approve();
		if (previous != null) {
			previous.supersede();
		}
		this.approvedVersionId = version.getId();
		this.pendingVersionId = null;
		show(version);
		this.reviewStage = null;
	}

	/** A change was returned or rejected: the club keeps showing what it showed. */
	void dropChange(ClubVersion version, boolean rejected) {
		version.close(rejected);
		this.pendingVersionId = null;
		this.reviewStage = null;
	}

	/** The application goes back to the applicant for changes. */
	void returnApplication(ClubVersion version, String comment, Instant now) {
		version.close(false);
		this.reviewStage = null;
		move(ClubStatus.RETURNED, comment, now);
	}

	/** The application is refused; the name is free again. */
	void reject(ClubVersion version, String comment, Instant now) {
		version.close(true);
		this.reviewStage = null;
		this.nameKey = null;
		move(ClubStatus.REJECTED, comment, now);
	}

	/** A returned application, changed, goes to the federation again. */
	void resubmit(ClubVersion version, Instant now) {
		if (this.status != ClubStatus.RETURNED) {
			throw Problem.conflict("club.resubmit.not-returned");
		}
		show(version);
		this.reviewStage = ReviewStage.FEDERATION;
		move(ClubStatus.APPLIED, null, now);
	}

	/** A registered club asks to change its name or charter. */
	void proposeChange(ClubVersion version) {
		if (!this.status.isRegistered() || this.status == ClubStatus.SUSPENDED) {
			throw Problem.conflict("club.change.not-registered");
		}
		if (this.pendingVersionId != null) {
			throw Problem.conflict("club.change.pending");
		}
		this.pendingVersionId = version.getId();
		this.reviewStage = ReviewStage.FEDERATION;
	}

	/** The notice ended without an upheld objection: probation until the given time. */
	void startProbation(Instant until, Instant now) {
		if (this.status != ClubStatus.NOTICE) {
			throw Problem.conflict("club.probation.not-notice");
		}
		this.probationEndsAt = until;
		move(ClubStatus.PROBATION, null, now);
	}

	/** An objection to the club was upheld: it is not registered. */
	void refuseAfterNotice(String reason, Instant now) {
		this.nameKey = null;
		move(ClubStatus.REJECTED, reason, now);
	}

	/** A club registered before the platform, recorded as it stands: active. */
	void recordActive(ClubVersion version, Instant now) {
		version.approve();
		this.approvedVersionId = version.getId();
		this.reviewStage = null;
		move(ClubStatus.ACTIVE, null, now);
	}

	/** Probation passed: the club is active. */
	void activate(Instant now) {
		if (this.status != ClubStatus.PROBATION) {
			throw Problem.conflict("club.activate.not-probation");
		}
		move(ClubStatus.ACTIVE, null, now);
	}

	/** The club is cancelled, with a reason; it is archived, never deleted. */
	void cancel(String reason, Instant now) {
		if (this.status == ClubStatus.CANCELLED || this.status == ClubStatus.REJECTED) {
			throw Problem.conflict("club.cancel.already");
		}
		this.nameKey = null;
		this.reviewStage = null;
		dropCancellationProposal();
		move(ClubStatus.CANCELLED, reason, now);
	}

	/**
	 * A dormant club is proposed for cancellation: a public notice runs until the given
	 * time. Only a running club, and only once at a time.
	 */
	void proposeCancellation(Long noticeId, Instant endsAt) {
		if (!this.status.isRunning() || this.dormantNoticeId != null) {
			throw Problem.conflict("club.dormant.not-proposable");
		}
		this.dormantNoticeId = noticeId;
		this.dormantNoticeEndsAt = endsAt;
	}

	/** Whether a cancellation proposal for dormancy is pending. */
	public boolean isProposedForCancellation() {
		return this.dormantNoticeId != null;
	}

	/** The proposal stops (a takeover was approved, or an objection upheld). */
	void dropCancellationProposal() {
		this.dormantNoticeId = null;
		this.dormantNoticeEndsAt = null;
	}

	/** The federation suspends a running club, with a reason. */
	void suspend(String reason, Instant now) {
		if (!this.status.isRunning()) {
			throw Problem.conflict("club.suspend.not-running");
		}
		move(ClubStatus.SUSPENDED, reason, now);
	}

	/** The federation lifts a suspension: the club is active again. */
	void lift(Instant now) {
		if (this.status != ClubStatus.SUSPENDED) {
			throw Problem.conflict("club.lift.not-suspended");
		}
		move(ClubStatus.ACTIVE, null, now);
	}

	/** Whether the club takes new members now: active, and not while on probation. */
	void checkRecruiting() {
		if (this.status == ClubStatus.PROBATION) {
			throw Problem.conflict("club.join.probation");
		}
		if (this.status != ClubStatus.ACTIVE) {
			throw Problem.conflict("club.join.not-active");
		}
	}

	void presidentMissing(boolean missing) {
		this.withoutPresident = missing;
	}

	void settings(boolean membersNeedApproval, boolean instructorsPublic) {
		this.membersNeedApproval = membersNeedApproval;
		this.instructorsPublic = instructorsPublic;
	}

	private void move(ClubStatus to, String reason, Instant now) {
		this.status = to;
		this.statusReason = reason;
		this.statusChangedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getUniversityId() {
		return this.universityId;
	}

	public String getUniversityPath() {
		return this.universityPath;
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

	public ClubStatus getStatus() {
		return this.status;
	}

	public ReviewStage getReviewStage() {
		return this.reviewStage;
	}

	public Long getApprovedVersionId() {
		return this.approvedVersionId;
	}

	public Long getPendingVersionId() {
		return this.pendingVersionId;
	}

	public boolean isMembersNeedApproval() {
		return this.membersNeedApproval;
	}

	public boolean isInstructorsPublic() {
		return this.instructorsPublic;
	}

	public Long getApplicantId() {
		return this.applicantId;
	}

	public Long getNoticeId() {
		return this.noticeId;
	}

	public Instant getNoticeEndsAt() {
		return this.noticeEndsAt;
	}

	public Instant getProbationEndsAt() {
		return this.probationEndsAt;
	}

	public boolean isWithoutPresident() {
		return this.withoutPresident;
	}

	public String getStatusReason() {
		return this.statusReason;
	}

	public Instant getStatusChangedAt() {
		return this.statusChangedAt;
	}

	public Long getDormantNoticeId() {
		return this.dormantNoticeId;
	}

	public Instant getDormantNoticeEndsAt() {
		return this.dormantNoticeEndsAt;
	}

}
