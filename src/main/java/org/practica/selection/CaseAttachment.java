package org.practica.selection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A case's attachment: a PDF, JPEG or PNG by content, its bytes in the file store. */
@Entity
@Immutable
@Table(name = "selection_attachment")
public class CaseAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selection_attachment_seq")
	@SequenceGenerator(name = "selection_attachment_seq", sequenceName = "selection_attachment_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long caseId;

	@Column(nullable = false)
	private String fileKey;

	@Column(nullable = false)
	private String fileName;

	@Column(nullable = false)
	private String contentType;

	private long sizeBytes;

	@Column(nullable = false)
	private String sha256;

	@Column(nullable = false)
	private Instant uploadedAt;

	private String uploadedBy;

	protected CaseAttachment() {
	}

	CaseAttachment(Long caseId, String fileKey, String fileName, String contentType, long sizeBytes, String sha256,
			Instant uploadedAt, String uploadedBy) {
		this.caseId = caseId;
		this.fileKey = fileKey;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public Long getId() {
		return this.id;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public String getFileKey() {
		return this.fileKey;
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

}
