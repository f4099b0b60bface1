package org.practica.hours;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A back-fill as the page's form takes it. A bean rather than a record, so that a value
 * of the wrong kind in one field still lets the others be checked and kept. The evidence
 * is checked by {@link Hours#backfill}, like the API's.
 */
class BackfillForm {

	@NotNull(message = "{hours.project.required}")
	private Long projectId;

	@NotNull(message = "{hours.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull(message = "{hours.required}")
	private BigDecimal hours;

	@NotBlank(message = "{hours.reason.required}")
	@Size(max = 1000, message = "{hours.reason.too-long}")
	private String reason;

	private MultipartFile evidence;

	public Long getProjectId() {
		return this.projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public BigDecimal getHours() {
		return this.hours;
	}

	public void setHours(BigDecimal hours) {
		this.hours = hours;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public MultipartFile getEvidence() {
		return this.evidence;
	}

	public void setEvidence(MultipartFile evidence) {
		this.evidence = evidence;
	}

}
