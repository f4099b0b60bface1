package org.practica.partnership;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.Immutable;

/** One renewal of an agreement: its end date before and after. Kept for the history. */
@Entity
@Immutable
public class AgreementRenewal {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_renewal_seq")
	@SequenceGenerator(name = "agreement_renewal_seq", sequenceName = "agreement_renewal_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long agreementId;

	@Column(nullable = false)
	private LocalDate previousEndsOn;

	@Column(nullable = false)
	private LocalDate newEndsOn;

	@Column(nullable = false)
	private LocalDate renewedOn;

	private String renewedBy;

	@Column(nullable = false)
	private Instant createdAt;

	protected AgreementRenewal() {
	}

	AgreementRenewal(Long agreementId, LocalDate previousEndsOn, LocalDate newEndsOn, LocalDate renewedOn,
			String renewedBy, Instant createdAt) {
		this.agreementId = agreementId;
		this.previousEndsOn = previousEndsOn;
		this.newEndsOn = newEndsOn;
		this.renewedOn = renewedOn;
		this.renewedBy = renewedBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAgreementId() {
		return this.agreementId;
	}

	public LocalDate getPreviousEndsOn() {
		return this.previousEndsOn;
	}

	public LocalDate getNewEndsOn() {
		return this.newEndsOn;
	}

	public LocalDate getRenewedOn() {
		return this.renewedOn;
	}

	public String getRenewedBy() {
		return this.renewedBy;
	}

}
