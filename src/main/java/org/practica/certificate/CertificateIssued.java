package org.practica.certificate;

import java.math.BigDecimal;

import org.practica.support.Activity;

/**
 * A certificate of volunteer service was issued.
 *
 * @param certificateId the certificate
 * @param number its number
 * @param studentId the student it certifies
 * @param totalHours the verified hours it certifies
 */
public record CertificateIssued(Long certificateId, String number, Long studentId,
		BigDecimal totalHours) implements Activity {

	@Override
	public String subjectType() {
		return "certificate";
	}

	@Override
	public Long subjectId() {
		return this.certificateId;
	}

	@Override
	public String action() {
		return "issued";
	}

}
