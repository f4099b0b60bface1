package org.practica.certificate;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.practica.support.DateRange;

/**
 * A request for a certificate over a period, both days included: the API's body and the
 * page's form.
 */
@DateRange(start = "from", end = "to")
record CertificateRequest(@NotBlank(message = "{certificate.student.required}") String studentId,
		@NotNull(message = "{field.start-date.required}") LocalDate from,
		@NotNull(message = "{field.end-date.required}") LocalDate to) {

}
