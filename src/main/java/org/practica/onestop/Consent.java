package org.practica.onestop;

import java.time.Instant;

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
 * A student's separate consent (PIPL art. 29) to a kind of service handling sensitive
 * personal information: when it was given and the version of the text they agreed to.
 */
@Entity
@Table(name = "onestop_consent")
public class Consent {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onestop_consent_seq")
	@SequenceGenerator(name = "onestop_consent_seq", sequenceName = "onestop_consent_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long studentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ServiceKind kind;

	@Column(nullable = false)
	private String textVersion;

	@Column(nullable = false)
	private Instant givenAt;

	protected Consent() {
	}

	Consent(Long studentId, ServiceKind kind, String textVersion, Instant givenAt) {
		this.studentId = studentId;
		this.kind = kind;
		this.textVersion = textVersion;
		this.givenAt = givenAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getStudentId() {
		return this.studentId;
	}

	public ServiceKind getKind() {
		return this.kind;
	}

	public String getTextVersion() {
		return this.textVersion;
	}

	public Instant getGivenAt() {
		return this.givenAt;
	}

}
