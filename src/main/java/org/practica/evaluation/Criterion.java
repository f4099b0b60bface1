package org.practica.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A criterion an organisation chose for rating the teams (and students) or the
 * communities of its subtree: a code that scores are kept under, and a name; a default
 * code may go without a name, and then reads as the platform's.
 */
@Entity
@Table(name = "evaluation_criterion")
class Criterion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_criterion_seq")
	@SequenceGenerator(name = "evaluation_criterion_seq", sequenceName = "evaluation_criterion_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private String organisationPath;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private About about;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String code;

	private String name;

	protected Criterion() {
	}

	Criterion(Long organisationId, String organisationPath, About about, int position, String code, String name) {
		this.organisationId = organisationId;
		this.organisationPath = organisationPath;
		this.about = about;
		this.position = position;
		this.code = code;
		this.name = name;
	}

	String getOrganisationPath() {
		return this.organisationPath;
	}

	int getPosition() {
		return this.position;
	}

	CriterionName toName() {
		return new CriterionName(this.code, this.name);
	}

}
