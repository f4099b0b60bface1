package org.practica.partnership;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A project carried out under an agreement; a project is under at most one. */
@Entity
class AgreementProject {

	@Id
	private Long projectId;

	@Column(nullable = false)
	private Long agreementId;

	@Column(nullable = false)
	private Instant linkedAt;

	private String linkedBy;

	protected AgreementProject() {
	}

	AgreementProject(Long projectId, Long agreementId, Instant linkedAt, String linkedBy) {
		this.projectId = projectId;
		this.agreementId = agreementId;
		this.linkedAt = linkedAt;
		this.linkedBy = linkedBy;
	}

	void relink(Long agreementId, Instant linkedAt, String linkedBy) {
		this.agreementId = agreementId;
		this.linkedAt = linkedAt;
		this.linkedBy = linkedBy;
	}

	Long getProjectId() {
		return this.projectId;
	}

	Long getAgreementId() {
		return this.agreementId;
	}

}
