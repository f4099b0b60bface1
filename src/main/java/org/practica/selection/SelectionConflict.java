package org.practica.selection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A judge's declared conflict with an organisation: no case of it, or of anything under
 * it, goes to that judge.
 */
@Entity
@Table(name = "selection_conflict")
public class SelectionConflict {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selection_conflict_seq")
	@SequenceGenerator(name = "selection_conflict_seq", sequenceName = "selection_conflict_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long selectionId;

	@Column(nullable = false)
	private Long judgeAccountId;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private String organisationPath;

	@Column(nullable = false)
	private Instant declaredAt;

	protected SelectionConflict() {
	}

	SelectionConflict(Long selectionId, Long judgeAccountId, Long organisationId, String organisationPath,
			Instant declaredAt) {
		this.selectionId = selectionId;
		this.judgeAccountId = judgeAccountId;
		this.organisationId = organisationId;
		this.organisationPath = organisationPath;
		this.declaredAt = declaredAt;
	}

	/** Whether a case of the organisation at this path falls under the conflict. */
	boolean covers(String caseOrganisationPath) {
		return caseOrganisationPath.startsWith(this.organisationPath);
	}

	public Long getId() {
		return this.id;
	}

	public Long getJudgeAccountId() {
		return this.judgeAccountId;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getOrganisationPath() {
		return this.organisationPath;
	}

}
