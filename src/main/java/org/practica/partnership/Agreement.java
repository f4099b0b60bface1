package org.practica.partnership;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.practica.directory.Organisation;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;
import org.practica.support.AuditedEntity;

/**
 * A co-operation agreement (共建协议) between a university-side organisation (a university or
 * college) and a locality-side one (a district, street or community). It is drafted,
 * signed, renewed to later end dates, and may be terminated with a reason; whether it is
 * active, expiring or expired follows from its dates.
 */
@Entity
public class Agreement extends AuditedEntity {

	/** The longest the signatories' names, joined a line each, may be in their column. */
	public static final int SIGNATORIES_MAX = 1000;

	/** The longest termination reason its column holds. */
	public static final int TERMINATION_REASON_MAX = 1000;

	/** An agreement ending within this many days is expiring. */
	public static final int EXPIRING_DAYS = 60;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
	@SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgreementKind kind;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private Long universitySideId;

	@Column(nullable = false)
	private String universitySidePath;

	@Column(nullable = false)
	private Long localSideId;

	@Column(nullable = false)
	private String localSidePath;

	@Column(nullable = false)
	private LocalDate startsOn;

	@Column(nullable = false)
	private LocalDate endsOn;

	private LocalDate signedOn;

	private String signatories;

	private LocalDate universitySignedOn;

	private String universitySignatories;

	private String universitySignedBy;

	private LocalDate localSignedOn;

	private String localSignatories;

	private String localSignedBy;

	private LocalDate terminatedOn;

	private String terminationReason;

	protected Agreement() {
	}

	Agreement(AgreementKind kind, String title, Organisation universitySide, Organisation localSide, LocalDate startsOn,
			LocalDate endsOn) {
		if (!endsOn.isAfter(startsOn)) {
			throw FieldProblem.invalid("endsOn", "agreement.ends.before-start");
		}
		this.kind = kind;
		this.title = title;
		this.universitySideId = universitySide.getId();
		this.universitySidePath = universitySide.getPath();
		this.localSideId = localSide.getId();
		this.localSidePath = localSide.getPath();
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	public AgreementStatus status(LocalDate today) {
		if (this.terminatedOn != null) {
			return AgreementStatus.TERMINATED;
		}
		if (this.signedOn == null) {
			return (this.universitySignedOn == null && this.localSignedOn == null) ? AgreementStatus.DRAFT
					: AgreementStatus.AWAITING_OTHER_PARTY;
		}
		if (today.isAfter(this.endsOn)) {
			return AgreementStatus.EXPIRED;
		}
		return today.plusDays(EXPIRING_DAYS).isBefore(this.endsOn) ? AgreementStatus.ACTIVE : AgreementStatus.EXPIRING;
	}

	/**
	 * One party's signature, on a day not after today, by the named signatories: the
	 * university side's when {@code universitySide}, else the locality side's. The first
	 * party's signature leaves the agreement awaiting the other's; the second puts it in
	 * force, signed on the later of the two days.
	 */
	void sign(Party party, LocalDate signedOn, List<String> signatories, String by, LocalDate today) {
		AgreementStatus status = status(today);
		if (status != AgreementStatus.DRAFT && status != AgreementStatus.AWAITING_OTHER_PARTY) {
			throw Problem.conflict("agreement.sign.not-draft");
		}
		if (hasSigned(party)) {
			throw Problem.conflict("agreement.sign.already");
		}
		if (signedOn.isAfter(today)) {
			throw FieldProblem.unprocessable("signedOn", "agreement.signed.future");
		}
		List<String> names = signatories.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (names.isEmpty()) {
			throw FieldProblem.invalid("signatories", "agreement.signatories.required");
		}
		String joined = String.join("\n", names);
		if (joined.length() > SIGNATORIES_MAX) {
			throw FieldProblem.invalid("signatories", "agreement.signatories.too-long");
		}
		if (party == Party.UNIVERSITY_SIDE) {
			this.universitySignedOn = signedOn;
			this.universitySignatories = joined;
			this.universitySignedBy = by;
		}
		else {
			this.localSignedOn = signedOn;
			this.localSignatories = joined;
			this.localSignedBy = by;
		}
		if (this.universitySignedOn != null && this.localSignedOn != null) {
			String both = this.universitySignatories + "\n" + this.localSignatories;
			this.signedOn = this.universitySignedOn.isAfter(this.localSignedOn) ? this.universitySignedOn
					: this.localSignedOn;
			this.signatories = both.length() > SIGNATORIES_MAX ? both.substring(0, SIGNATORIES_MAX) : both;
		}
	}

	/** Whether the party has signed. */
	public boolean hasSigned(Party party) {
		return (party == Party.UNIVERSITY_SIDE ? this.universitySignedOn : this.localSignedOn) != null;
	}

	/** Who signed for the party, or {@code null}. */
	String signedBy(Party party) {
		return party == Party.UNIVERSITY_SIDE ? this.universitySignedBy : this.localSignedBy;
	}

	/**
	 * The party whose signature the agreement awaits, when one has signed and one not.
	 */
	public Party awaitedParty() {
		if ((this.universitySignedOn == null) == (this.localSignedOn == null)) {
			return null;
		}
		return this.universitySignedOn == null ? Party.UNIVERSITY_SIDE : Party.LOCAL_SIDE;
	}

	/** The two parties of an agreement. */
	public enum Party {

		UNIVERSITY_SIDE, LOCAL_SIDE

	}

	/** Moves the end to a later date; not for drafts nor terminated agreements. */
	AgreementRenewal renew(LocalDate endsOn, LocalDate today, String by, java.time.Instant now) {
		AgreementStatus status = status(today);
		if (status == AgreementStatus.TERMINATED) {
			throw Problem.conflict("agreement.renew.terminated");
		}
		if (status == AgreementStatus.DRAFT || status == AgreementStatus.AWAITING_OTHER_PARTY) {
			throw Problem.conflict("agreement.renew.draft");
		}
		if (!endsOn.isAfter(this.endsOn)) {
			throw FieldProblem.unprocessable("endsOn", "agreement.renew.not-later");
		}
		AgreementRenewal renewal = new AgreementRenewal(this.id, this.endsOn, endsOn, today, by, now);
		this.endsOn = endsOn;
		return renewal;
	}

	/** Ends the agreement early, for a reason; once. */
	void terminate(String reason, LocalDate today) {
		if (this.terminatedOn != null) {
			throw Problem.conflict("agreement.terminate.already");
		}
		if (reason == null || reason.isBlank()) {
			throw FieldProblem.invalid("reason", "agreement.reason.required");
		}
		if (reason.strip().length() > TERMINATION_REASON_MAX) {
			throw FieldProblem.invalid("reason", "agreement.reason.too-long");
		}
		this.terminatedOn = today;
		this.terminationReason = reason.strip();
	}

	/** Whether the organisation at this path lies on the university side. */
	public boolean universitySideContains(String path) {
		return path != null && path.startsWith(this.universitySidePath);
	}

	/** Whether the organisation at this path lies on the locality side. */
	public boolean localSideContains(String path) {
		return path != null && path.startsWith(this.localSidePath);
	}

	public Long getId() {
		return this.id;
	}

	public AgreementKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public Long getUniversitySideId() {
		return this.universitySideId;
	}

	public String getUniversitySidePath() {
		return this.universitySidePath;
	}

	public Long getLocalSideId() {
		return this.localSideId;
	}

	public String getLocalSidePath() {
		return this.localSidePath;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public List<String> getSignatories() {
		return this.signatories == null ? List.of() : Arrays.asList(this.signatories.split("\n"));
	}

	public LocalDate getUniversitySignedOn() {
		return this.universitySignedOn;
	}

	public LocalDate getLocalSignedOn() {
		return this.localSignedOn;
	}

	public List<String> getUniversitySignatories() {
		return this.universitySignatories == null ? List.of() : Arrays.asList(this.universitySignatories.split("\n"));
	}

	public List<String> getLocalSignatories() {
		return this.localSignatories == null ? List.of() : Arrays.asList(this.localSignatories.split("\n"));
	}

	public LocalDate getTerminatedOn() {
		return this.terminatedOn;
	}

	public String getTerminationReason() {
		return this.terminationReason;
	}

}
