package org.practica.outcome;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.hibernate.annotations.Immutable;

import org.practica.support.UploadedImage;

/**
 * A photo of a report, as the file store keeps it: cleaned (upright, re-encoded without
 * any metadata of the original) with a thumbnail; this row says what the two files are.
 */
@Entity
@Immutable
public class OutcomePhoto {

	public static final int CAPTION_MAX = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_photo_seq")
	@SequenceGenerator(name = "outcome_photo_seq", sequenceName = "outcome_photo_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long reportId;

	@Column(nullable = false)
	private String fileKey;

	@Column(nullable = false)
	private String thumbnailKey;

	@Column(nullable = false)
	private String contentType;

	private long sizeBytes;

	private int width;

	private int height;

	private String caption;

	@Column(nullable = false)
	private String sha256;

	private int ordinal;

	@Column(nullable = false)
	private Instant uploadedAt;

	private String uploadedBy;

	protected OutcomePhoto() {
	}

	OutcomePhoto(Long reportId, UploadedImage image, String fileKey, String thumbnailKey, String caption, int ordinal,
			Instant uploadedAt, String uploadedBy) {
		this.reportId = reportId;
		this.fileKey = fileKey;
		this.thumbnailKey = thumbnailKey;
		this.contentType = image.contentType();
		this.sizeBytes = image.bytes().length;
		this.width = image.width();
		this.height = image.height();
		this.caption = caption;
		this.sha256 = image.sha256();
		this.ordinal = ordinal;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public Long getId() {
		return this.id;
	}

	public Long getReportId() {
		return this.reportId;
	}

	public String getFileKey() {
		return this.fileKey;
	}

	public String getThumbnailKey() {
		return this.thumbnailKey;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public int getWidth() {
		return this.width;
	}

	public int getHeight() {
		return this.height;
	}

	public String getCaption() {
		return this.caption;
	}

	public String getSha256() {
		return this.sha256;
	}

	public int getOrdinal() {
		return this.ordinal;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

}
