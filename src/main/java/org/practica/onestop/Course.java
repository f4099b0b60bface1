package org.practica.onestop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.practica.support.AuditedEntity;

/**
 * A safety education course (fire safety, anti-fraud, lab safety …) of a university or a
 * college: its content and a quiz with a pass mark; required ones with a deadline.
 */
@Entity
@Table(name = "onestop_course")
public class Course extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onestop_course_seq")
	@SequenceGenerator(name = "onestop_course_seq", sequenceName = "onestop_course_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private String organisationPath;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String content;

	@Column(nullable = false)
	private int courseVersion;

	/** The score, in per cent, that passes. */
	private int passMark;

	private boolean required;

	private LocalDate deadline;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "onestop_question", joinColumns = @JoinColumn(name = "course_id"))
	@OrderColumn(name = "position")
	private List<Question> questions = new ArrayList<>();

	protected Course() {
	}

	Course(Long organisationId, String organisationPath, String title, String content, int passMark, boolean required,
			LocalDate deadline, List<Question> questions) {
		this.organisationId = organisationId;
		this.organisationPath = organisationPath;
		this.title = title.strip();
		this.content = content.strip();
		this.courseVersion = 1;
		this.passMark = passMark;
		this.required = required;
		this.deadline = deadline;
		this.questions.addAll(questions);
	}

	/**
	 * New content or quiz: a new version. Completions keep the version they passed; a
	 * student who passed an earlier one is not asked again.
	 */
	void revise(String title, String content, int passMark, boolean required, LocalDate deadline,
			List<Question> questions) {
		this.title = title.strip();
		this.content = content.strip();
		this.passMark = passMark;
		this.required = required;
		this.deadline = deadline;
		this.questions.clear();
		this.questions.addAll(questions);
		this.courseVersion++;
	}

	/** The score of these answers, in whole per cent, rounded down. */
	int score(List<Integer> answers) {
		int right = 0;
		for (int i = 0; i < this.questions.size(); i++) {
			if (this.questions.get(i).isAnsweredBy(i < answers.size() ? answers.get(i) : null)) {
				right++;
			}
		}
		return right * 100 / this.questions.size();
	}

	boolean passes(int score) {
		return score >= this.passMark;
	}

	/** Whether a student of the college at this path takes it. */
	public boolean isFor(String collegePath) {
		return collegePath != null && collegePath.startsWith(this.organisationPath);
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

	public String getTitle() {
		return this.title;
	}

	public String getContent() {
		return this.content;
	}

	public int getCourseVersion() {
		return this.courseVersion;
	}

	public int getPassMark() {
		return this.passMark;
	}

	public boolean isRequired() {
		return this.required;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public List<Question> getQuestions() {
		return this.questions;
	}

}
