package org.practica.certificate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A university's review of certificates before they are issued: whether it reviews, and
 * its queue. Only the university's own admins choose and review.
 */
@Service
@Transactional(readOnly = true)
public class CertificateReviews {

	private final CertificatePolicyRepository policies;

	private final CertificateReviewRepository reviews;

	private final Certificates certificates;

	private final Organisations organisations;

	private final Clock clock;

	CertificateReviews(CertificatePolicyRepository policies, CertificateReviewRepository reviews,
			Certificates certificates, Organisations organisations, Clock clock) {
		this.policies = policies;
		this.reviews = reviews;
		this.certificates = certificates;
		this.organisations = organisations;
		this.clock = clock;
	}

	/** Whether the university reviews certificates before they are issued. */
	public boolean reviewRequired(CurrentUser by, Long universityId) {
		university(by, universityId);
		return this.policies.findById(universityId).map(CertificatePolicy::isReviewRequired).orElse(false);
	}

	/** The university's admin chooses review before issue, or instant issue. */
	@Transactional
	public void choose(CurrentUser by, Long universityId, boolean reviewRequired) {
		university(by, universityId);
		CertificatePolicy policy = this.policies.findById(universityId)
			.orElseGet(() -> new CertificatePolicy(universityId));
		policy.choose(reviewRequired, by.getUsername(), this.clock.instant());
		this.policies.save(policy);
	}

	/** The certificates waiting for the university's review, oldest first. */
	public List<CertificateReview> queue(CurrentUser by, Long universityId) {
		Organisation university = university(by, universityId);
		return this.reviews.findQueue(university.getPath(), CertificateReview.Status.PENDING);
	}

	/** Issues a certificate that waited for review. */
	@Transactional
	public Certificate approve(CurrentUser by, Long reviewId) {
		CertificateReview review = reviewable(by, reviewId);
		Certificate certificate = this.certificates.issue(by, review.getStudentId(), review.getPeriodFrom(),
				review.getPeriodTo(), review.getBatchId());
		review.issued(certificate.getId(), by.getUsername(), this.clock.instant());
		return certificate;
	}

	/** Refuses a certificate that waited for review, with a reason. */
	@Transactional
	public CertificateReview refuse(CurrentUser by, Long reviewId, String reason) {
		CertificateReview review = reviewable(by, reviewId);
		if (reason == null || reason.isBlank()) {
			throw FieldProblem.invalid("reason", "certificate.review.reason-required");
		}
		if (reason.strip().length() > 1000) {
			throw FieldProblem.invalid("reason", "field.too-long");
		}
		review.refuse(reason.strip(), by.getUsername(), this.clock.instant());
		return review;
	}

	/** The student's certificates waiting for review or refused. */
	public List<CertificateReview> of(Long studentId) {
		return this.reviews.findByStudentIdOrderByRequestedAtDesc(studentId);
	}

	public Optional<CertificateReview> find(Long id) {
		return this.reviews.findById(id);
	}

	private CertificateReview reviewable(CurrentUser by, Long reviewId) {
		CertificateReview review = this.reviews.findById(reviewId).orElseThrow(Problem::notFound);
		if (!isUniversityAdmin(by, review.getUniversityPath())) {
			throw Problem.notFound();
		}
		return review;
	}

	private Organisation university(CurrentUser by, Long universityId) {
		Organisation university = this.organisations.get(universityId);
		if (university.getKind() != OrganisationKind.UNIVERSITY || !by.manages(university)) {
			throw Problem.notFound();
		}
		if (!isUniversityAdmin(by, university.getPath())) {
			throw Problem.forbidden();
		}
		return university;
	}

	private static boolean isUniversityAdmin(CurrentUser by, String universityPath) {
		return by.grants()
			.stream()
			.anyMatch(g -> g.role() == Role.PLATFORM_ADMIN
					|| (g.role() == Role.UNIVERSITY_ADMIN && universityPath.equals(g.organisationPath())));
	}

}
