package org.practica.onestop;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A question of a course's quiz: its options, and which one is right. */
@Embeddable
public class Question {

	@Column(nullable = false)
	private String text;

	/** The options, one a line. */
	@Column(nullable = false)
	private String options;

	private int answer;

	protected Question() {
	}

	Question(String text, List<String> options, int answer) {
		this.text = text.strip();
		this.options = String.join("\n", options.stream().map(String::strip).toList());
		this.answer = answer;
	}

	public String getText() {
		return this.text;
	}

	public List<String> getOptions() {
		return Arrays.asList(this.options.split("\n"));
	}

	/** The right option, from 0: for the course's editors only, never in an answer. */
	int answer() {
		return this.answer;
	}

	boolean isAnsweredBy(Integer chosen) {
		return chosen != null && chosen == this.answer;
	}

}
