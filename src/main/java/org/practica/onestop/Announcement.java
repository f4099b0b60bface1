package org.practica.onestop;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A notice (通知公告) an organisation's admins post to its students: the whole university, a
 * college, or those living in one residence hall.
 */
@Entity
@Table(name = "onestop_announcement")
public class Announcement {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onestop_announcement_seq")
	@SequenceGenerator(name = "onestop_announcement_seq", sequenceName = "onestop_announcement_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private String organisationPath;

	private Long hallId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String body;

	@Column(nullable = false)
	private Long postedBy;

	@Column(nullable = false)
	private Instant postedAt;

	protected Announcement() {
	}

	Announcement(Long organisationId, String organisationPath, Long hallId, String title, String body, Long postedBy,
			Instant postedAt) {
		this.organisationId = organisationId;
		this.organisationPath = organisationPath;
		this.hallId = hallId;
		this.title = title.strip();
		this.body = body.strip();
		this.postedBy = postedBy;
		this.postedAt = postedAt;
	}

	/** Whether a student of the college at this path, living in this hall, is told. */
	public boolean isFor(String collegePath, Long studentHallId) {
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

	public Long getHallId() {
		return this.hallId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public Long getPostedBy() {
		return this.postedBy;
	}

	public Instant getPostedAt() {
		return this.postedAt;
	}

}
