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
 * A student passed a course: the course's version, the score and when; one per student
 * and course.
 */
@Entity
@Table(name = "onestop_completion")
public class Completion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onestop_completion_seq")
	@SequenceGenerator(name = "onestop_completion_seq", sequenceName = "onestop_completion_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long courseId;

	@Column(nullable = false)
	private Long studentId;

	private int courseVersion;

	private int score;

	@Column(nullable = false)
	private Instant completedAt;

	protected Completion() {
	}

	Completion(Course course, Long studentId, int score, Instant completedAt) {
		this.courseId = course.getId();
		this.courseVersion = course.getCourseVersion();
		this.studentId = studentId;
		this.score = score;
		this.completedAt = completedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getCourseId() {
		return this.courseId;
	}

	public Long getStudentId() {
		return this.studentId;
	}

	public int getCourseVersion() {
		return this.courseVersion;
	}

	public int getScore() {
		return this.score;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

}
