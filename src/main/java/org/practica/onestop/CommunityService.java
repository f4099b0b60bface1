package org.practica.onestop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.practica.support.AuditedEntity;
import org.practica.support.FieldProblem;

/**
 * A service of the one-stop community offered by a university or a college: tutoring, a
 * CV clinic, counselling, a safety talk. It is open to the organisation's students, or
 * only to those living in one of its residence halls.
 */
@Entity
@Table(name = "onestop_service")
public class CommunityService extends AuditedEntity {

	/** The longest title or location a service has. */
	static final int MAX_TEXT = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onestop_service_seq")
	@SequenceGenerator(name = "onestop_service_seq", sequenceName = "onestop_service_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private String organisationPath;

	@Column(nullable = false)
	private Long universityId;

	private Long hallId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ServiceKind kind;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String location;

	protected CommunityService() {
	}

	CommunityService(Long organisationId, String organisationPath, Long universityId, Long hallId, ServiceKind kind,
			String title, String location) {
		this.organisationId = organisationId;
		this.organisationPath = organisationPath;
		this.universityId = universityId;
		this.hallId = hallId;
		this.kind = kind;
		this.title = title.strip();
		this.location = location.strip();
	}

	/**
	 * Its title, location and hall (null: open to all the organisation's students)
	 * change; its kind and organisation stay. A blank or too long title or location is
	 * refused, naming the field.
	 * @return whether it moved: its location is now another
	 */
	boolean revise(String title, String location, Long hallId) {
		String newTitle = text("title", title);
		String newLocation = text("location", location);
		boolean moved = !newLocation.equals(this.location);
		this.title = newTitle;
		this.location = newLocation;
		this.hallId = hallId;
		return moved;
	}

	private static String text(String field, String value) {
		if (value == null || value.isBlank()) {
			throw FieldProblem.invalid(field, "onestop.service." + field + "-required");
		}
		String text = value.strip();
		if (text.length() > MAX_TEXT) {
			throw FieldProblem.invalid(field, "onestop.service." + field + "-length", MAX_TEXT);
		}
		return text;
	}

	/**
	 * Whether a student of the college at this path, living in this hall (or none), may
	 * book it.
	 */
	public boolean isOpenTo(String collegePath, Long studentHallId) {
		return collegePath != null && collegePath.startsWith(this.organisationPath)
				&& (this.hallId == null || this.hallId.equals(studentHallId));
	}

	public Long getId() {
		return this.id;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getOrganisationPath() {
		return this.organisationPath;
	}

	public Long getUniversityId() {
		return this.universityId;
	}

	public Long getHallId() {
		return this.hallId;
	}

	public ServiceKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getLocation() {
		return this.location;
	}

}
