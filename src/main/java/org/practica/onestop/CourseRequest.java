package org.practica.onestop;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A safety course to offer: its content, the quiz and the pass mark in per cent; a
 * required course has a deadline.
 */
public record CourseRequest(@NotBlank String organisationId, @NotBlank @Size(max = 200) String title,
		@NotBlank @Size(max = 20000) String content, @NotNull @Min(1) @Max(100) Integer passMark, boolean required,
		LocalDate deadline, @NotEmpty @Size(max = 50) List<@Valid QuestionRequest> questions) {

	/** A question, its options and the index of the right one, from 0. */
	public record QuestionRequest(@NotBlank @Size(max = 1000) String text,
			@NotNull @Size(min = 2, max = 8) List<@NotBlank String> options, @NotNull @Min(0) Integer answer) {
	}

}
