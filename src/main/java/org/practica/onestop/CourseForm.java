package org.practica.onestop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The page's form for a safety course and its quiz: a few question blocks, each with its
 * options one per line and the number of the right one (from 1). Blocks left empty are
 * not questions.
 */
public class CourseForm {

	/** The most question blocks the form shows. */
	static final int MAX_QUESTIONS = 50;

	@NotBlank(message = "{onestop.course.title.required}")
	@Size(max = 200, message = "{onestop.course.title.size}")
	private String title;

	@NotBlank(message = "{onestop.course.content.required}")
	@Size(max = 20000, message = "{onestop.course.content.size}")
	private String content;

	@NotNull(message = "{onestop.course.pass-mark.range}")
	@Min(value = 1, message = "{onestop.course.pass-mark.range}")
	@Max(value = 100, message = "{onestop.course.pass-mark.range}")
	private Integer passMark = 80;

	private boolean required;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;

	private List<QuestionForm> questions = new ArrayList<>();

	public CourseForm() {
	}

	/** The course as it is, to revise it. */
	static CourseForm of(Course course) {
		CourseForm form = new CourseForm();
		form.title = course.getTitle();
		form.content = course.getContent();
		form.passMark = course.getPassMark();
		form.required = course.isRequired();
		form.deadline = course.getDeadline();
		for (Question q : course.getQuestions()) {
			QuestionForm block = new QuestionForm();
			block.setText(q.getText());
			block.setOptions(String.join("\n", q.getOptions()));
			block.setAnswer(q.answer() + 1);
			form.questions.add(block);
		}
		return form;
	}

	/** Empty blocks to fill in: two more than the questions, at least three. */
	CourseForm withBlankQuestions() {
		int blocks = Math.min(MAX_QUESTIONS, Math.max(3, filled().size() + 2));
		while (this.questions.size() < blocks) {
			this.questions.add(new QuestionForm());
		}
		return this;
	}

	/**
	 * The questions as a course takes them, each block's problems rejected into the
	 * result under the block's field (questions[1].options …).
	 */
	CourseRequest toRequest(Long organisationId, BindingResult result) {
		List<CourseRequest.QuestionRequest> made = new ArrayList<>();
		for (int i = 0; i < this.questions.size() && i < MAX_QUESTIONS; i++) {
			QuestionForm q = this.questions.get(i);
			if (q.isEmpty()) {
				continue;
			}
			String field = "questions[" + i + "].";
			List<String> options = q.optionList();
			if (q.getText() == null || q.getText().isBlank()) {
				result.rejectValue(field + "text", "onestop.course.question.text");
			}
			else if (q.getText().strip().length() > 1000) {
				result.rejectValue(field + "text", "onestop.course.question.text-size");
			}
			if (options.size() < 2 || options.size() > 8) {
				result.rejectValue(field + "options", "onestop.course.question.options");
			}
			else if (options.stream().anyMatch(o -> o.length() > 480)) {
				result.rejectValue(field + "options", "onestop.course.question.option-size");
			}
			if (q.getAnswer() == null || q.getAnswer() < 1 || q.getAnswer() > Math.max(1, options.size())) {
				result.rejectValue(field + "answer", "onestop.course.answer");
			}
			made.add(new CourseRequest.QuestionRequest(q.getText() == null ? "" : q.getText().strip(), options,
					q.getAnswer() == null ? 0 : q.getAnswer() - 1));
		}
		if (made.isEmpty()) {
			result.rejectValue("questions", "onestop.course.questions.required");
		}
		if (this.required && this.deadline == null) {
			result.rejectValue("deadline", "onestop.course.deadline");
		}
		return new CourseRequest(organisationId == null ? null : organisationId.toString(),
				this.title == null ? null : this.title.strip(), this.content == null ? null : this.content.strip(),
				this.passMark, this.required, this.deadline, made);
	}

	private List<QuestionForm> filled() {
		return this.questions.stream().filter(q -> !q.isEmpty()).toList();
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public Integer getPassMark() {
		return this.passMark;
	}

	public void setPassMark(Integer passMark) {
		this.passMark = passMark;
	}

	public boolean isRequired() {
		return this.required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

	public List<QuestionForm> getQuestions() {
		return this.questions;
	}

	public void setQuestions(List<QuestionForm> questions) {
		this.questions = questions;
	}

	/** One question block: its text, its options one per line, the right one from 1. */
	public static class QuestionForm {

		private String text;

		private String options;

		private Integer answer;

		boolean isEmpty() {
			return (this.text == null || this.text.isBlank()) && optionList().isEmpty();
		}

		List<String> optionList() {
			return this.options == null ? List.of()
					: Arrays.stream(this.options.split("\\R")).map(String::strip).filter(o -> !o.isEmpty()).toList();
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public String getOptions() {
			return this.options;
		}

		public void setOptions(String options) {
			this.options = options;
		}

		public Integer getAnswer() {
			return this.answer;
		}

		public void setAnswer(Integer answer) {
			this.answer = answer;
		}

	}

}
