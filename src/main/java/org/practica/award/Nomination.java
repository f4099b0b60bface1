package org.practica.award;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.practica.support.AuditedEntity;

/**
 * A nomination (推荐) to a call by an organisation below the call's, of a nominee inside
 * its own subtree, with the evidence and rule checks it was made on. Shortlisted ones go
 * on public notice; those the notice clears are awarded.
 */
@Entity
@Table(name = "award_nomination")
public class Nomination extends AuditedEntity {

	public static final int STATEMENT_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_nomination_seq")
	@SequenceGenerator(name = "award_nomination_seq", sequenceName = "award_nomination_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long callId;

	@Column(nullable = false)
	private Long nomineeId;

	@Column(nullable = false)
	private String nomineeName;

	@Column(nullable = false)
	private String nomineePath;

	private String nomineeOtherPath;

	private String nomineeOrganisation;

	@Column(name = "nominating_org_id", nullable = false)
	private Long nominatingOrganisationId;

	@Column(name = "nominating_org_path", nullable = false)
	private String nominatingOrganisationPath;

	private String statement;

	@Column(nullable = false)
	private BigDecimal verifiedHours;

	@Column(nullable = false)
	private boolean shortlisted;

	@Column(nullable = false)
	private boolean awarded;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "award_evidence", joinColumns = @JoinColumn(name = "nomination_id"))
	@OrderColumn(name = "ordinal")
	private List<Evidence> evidence = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "award_rule_check", joinColumns = @JoinColumn(name = "nomination_id"))
	@OrderColumn(name = "ordinal")
	private List<RuleCheck> checks = new ArrayList<>();

	protected Nomination() {
	}

	Nomination(AwardCall call, Nominee nominee, Long nominatingOrganisationId, String nominatingOrganisationPath,
			String statement, Assessment assessment) {
		this.callId = call.getId();
		this.nomineeId = nominee.id();
		this.nomineeName = nominee.name();
		this.nomineePath = nominee.path();
		this.nomineeOtherPath = nominee.otherPath();
		this.nomineeOrganisation = nominee.organisationName();
		this.nominatingOrganisationId = nominatingOrganisationId;
		this.nominatingOrganisationPath = nominatingOrganisationPath;
		this.statement = statement;
		this.verifiedHours = assessment.verifiedHours();
		this.evidence = new ArrayList<>(assessment.evidence());
		this.checks = new ArrayList<>(assessment.checks());
	}

	void shortlist() {
		this.shortlisted = true;
	}

	void award() {
		this.awarded = true;
	}

	/** The reference of this nomination on its call's notice. */
	public String noticeRef() {
		return "nomination:" + this.id;
	}

	public Long getId() {
		return this.id;
	}

	public Long getCallId() {
		return this.callId;
	}

	public Long getNomineeId() {
		return this.nomineeId;
	}

	public String getNomineeName() {
		return this.nomineeName;
	}

	public String getNomineePath() {
		return this.nomineePath;
	}

	public String getNomineeOtherPath() {
		return this.nomineeOtherPath;
	}

	public String getNomineeOrganisation() {
		return this.nomineeOrganisation;
	}

	public Long getNominatingOrganisationId() {
		return this.nominatingOrganisationId;
	}

	public String getNominatingOrganisationPath() {
		return this.nominatingOrganisationPath;
	}

	public String getStatement() {
		return this.statement;
	}

	public BigDecimal getVerifiedHours() {
		return this.verifiedHours;
	}

	public boolean isShortlisted() {
		return this.shortlisted;
	}

	public boolean isAwarded() {
		return this.awarded;
	}

	public List<Evidence> getEvidence() {
		return List.copyOf(this.evidence);
	}

	public List<RuleCheck> getChecks() {
		return List.copyOf(this.checks);
	}

}
