package org.practica.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A judge assigned to a case. */
@Entity
@Table(name = "selection_assignment")
public class CaseAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selection_assignment_seq")
	@SequenceGenerator(name = "selection_assignment_seq", sequenceName = "selection_assignment_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long selectionId;

	@Column(nullable = false)
	private Long caseId;

	@Column(nullable = false)
	private Long judgeAccountId;

	protected CaseAssignment() {
	}

	CaseAssignment(Long selectionId, Long caseId, Long judgeAccountId) {
		this.selectionId = selectionId;
		this.caseId = caseId;
		this.judgeAccountId = judgeAccountId;
	}

	public Long getId() {
		return this.id;
	}

	public Long getSelectionId() {
		return this.selectionId;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public Long getJudgeAccountId() {
		return this.judgeAccountId;
	}

}
