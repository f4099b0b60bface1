package org.practica.partnership;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.Immutable;

/** A signed scan of an agreement: a PDF, JPEG or PNG by its content. */
@Entity
@Immutable
public class AgreementAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_attachment_seq")
	@SequenceGenerator(name = "agreement_attachment_seq", sequenceName = "agreement_attachment_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long agreementId;

	@Column(nullable = false)
	private String fileName;

	@Column(nullable = false)
	private String contentType;

	private long sizeBytes;

	@Column(nullable = false)
	private String sha256;

	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false)
	private byte[] bytes;

	@Column(nullable = false)
	private Instant uploadedAt;

	private String uploadedBy;

	protected AgreementAttachment() {
	}

	AgreementAttachment(Long agreementId, String fileName, String contentType, String sha256, byte[] bytes,
			Instant uploadedAt, String uploadedBy) {
		this.agreementId = agreementId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = bytes.length;
		this.sha256 = sha256;
		this.bytes = bytes;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAgreementId() {
		return this.agreementId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public byte[] getBytes() {
		return this.bytes;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

}
