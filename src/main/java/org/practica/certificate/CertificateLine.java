package org.practica.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One project on a certificate, as it stood when the certificate was issued.
 *
 * @param projectId the project
 * @param projectTitle its title then
 * @param communityId the community it served, if any
 * @param communityName that community's name then
 * @param firstDay the first day with verified hours in the period
 * @param lastDay the last such day
 * @param hours the verified hours
 */
@Embeddable
public record CertificateLine(@Column(nullable = false) Long projectId, @Column(nullable = false) String projectTitle,
		Long communityId, String communityName, @Column(nullable = false) LocalDate firstDay,
		@Column(nullable = false) LocalDate lastDay,
		@Column(nullable = false, precision = 10, scale = 2) BigDecimal hours) {

	/** Whether the hours were served on one day only. */
	public boolean oneDay() {
		return this.firstDay.equals(this.lastDay);
	}

	/** The hours as people read them. */
	public String hoursText() {
		return Certificate.plain(this.hours);
	}

}
