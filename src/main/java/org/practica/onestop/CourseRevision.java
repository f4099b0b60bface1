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
 * A new version of a safety course: what {@link CourseRequest} says but where it is
 * offered, since a course stays where it is.
 */
public record CourseRevision(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String content,
		@NotNull @Min(1) @Max(100) Integer passMark, boolean required, LocalDate deadline,
		@NotEmpty @Size(max = 50) List<CourseRequest.@Valid QuestionRequest> questions) {

	CourseRequest toRequest() {
		return new CourseRequest(null, this.title, this.content, this.passMark, this.required, this.deadline,
				this.questions);
	}

}
