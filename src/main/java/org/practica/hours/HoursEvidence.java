package org.practica.hours;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * The evidence behind a back-fill: a photo or a scan, kept with its SHA-256 (which the
 * ledger also holds).
 */
@Entity
@Immutable
class HoursEvidence {

	@Id
	private Long entryId;

	@Column(nullable = false)
	private String fileName;

	@Column(nullable = false)
	private String contentType;

	@Column(nullable = false)
	private String sha256;

	@Column(nullable = false)
	private byte[] bytes;

	protected HoursEvidence() {
	}

	HoursEvidence(Long entryId, String fileName, String contentType, String sha256, byte[] bytes) {
		this.entryId = entryId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sha256 = sha256;
		this.bytes = bytes;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	String getSha256() {
		return this.sha256;
	}

	byte[] getBytes() {
		return this.bytes;
	}

}
