package org.practica.record;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * One download of the national system's import file: who made it, when, for which
 * organisation and period, and how many rows went, were refused, or had gone before.
 */
@Entity
public class RecordExport {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "record_export_seq")
	@SequenceGenerator(name = "record_export_seq", sequenceName = "record_export_seq", allocationSize = 50)
	private Long id;

	private Long organisationId;

	private String organisationPath;

	private LocalDate periodFrom;

	private LocalDate periodTo;

	private int rowCount;

	private int refusedCount;

	private int repeatedCount;

	private String exportedBy;

	private Instant exportedAt;

	protected RecordExport() {
	}

	RecordExport(Long organisationId, String organisationPath, LocalDate from, LocalDate to, int rows, int refused,
			int repeated, String by, Instant now) {
		this.organisationId = organisationId;
		this.organisationPath = organisationPath;
		this.periodFrom = from;
		this.periodTo = to;
		this.rowCount = rows;
		this.refusedCount = refused;
		this.repeatedCount = repeated;
		this.exportedBy = by;
		this.exportedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public LocalDate getPeriodFrom() {
		return this.periodFrom;
	}

	public LocalDate getPeriodTo() {
		return this.periodTo;
	}

	public int getRowCount() {
		return this.rowCount;
	}

	public int getRefusedCount() {
		return this.refusedCount;
	}

	public int getRepeatedCount() {
		return this.repeatedCount;
	}

	public String getExportedBy() {
		return this.exportedBy;
	}

	public Instant getExportedAt() {
		return this.exportedAt;
	}

}
