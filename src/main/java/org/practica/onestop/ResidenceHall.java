package org.practica.onestop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.practica.support.AuditedEntity;

/**
 * A residence hall of a university, where students live and services reach them: the
 * directory's trees have no place for it, so the one-stop community keeps its own.
 */
@Entity
@Table(name = "onestop_hall")
public class ResidenceHall extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onestop_hall_seq")
	@SequenceGenerator(name = "onestop_hall_seq", sequenceName = "onestop_hall_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long universityId;

	@Column(nullable = false)
	private String universityPath;

	@Column(nullable = false)
	private String name;

	protected ResidenceHall() {
	}

	ResidenceHall(Long universityId, String universityPath, String name) {
		this.universityId = universityId;
		this.universityPath = universityPath;
		this.name = name.strip();
	}

	public Long getId() {
		return this.id;
	}

	public Long getUniversityId() {
		return this.universityId;
	}

	public String getUniversityPath() {
		return this.universityPath;
	}

	public String getName() {
		return this.name;
	}

}
