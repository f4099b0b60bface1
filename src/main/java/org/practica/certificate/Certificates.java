package org.practica.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.hours.Hours;
import org.practica.hours.VerifiedHours;
import org.practica.support.FieldProblem;
import org.practica.support.PlatformSettings;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues certificates of volunteer service over a student's verified hours, and answers
 * who may see them and whether a verification code is genuine. A student asks for their
 * own; an admin who manages the student's college asks for any of its students. Anyone
 * else is told the certificate does not exist.
 */
@Service
@Transactional(readOnly = true)
public class Certificates {

	/** 160 random bits in RFC 4648 base32, without padding: 32 characters. */
	static final Pattern CODE = Pattern.compile("[A-Z2-7]{32}");

	private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CertificateRepository certificates;

	private final Hours hours;

	private final Accounts accounts;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final CertificatePdf pdf;

	private final Clock clock;

	private final String publicUrl;

	private final String numberPrefix;

	private final ZoneId zone;

	private final CertificateSettings settings;

	private final CertificatePolicyRepository policies;

	private final CertificateReviewRepository reviews;

	Certificates(CertificateRepository certificates, Hours hours, Accounts accounts, Organisations organisations,
			ApplicationEventPublisher events, CertificatePdf pdf, Clock clock, PlatformSettings platform,
			CertificateSettings settings, CertificatePolicyRepository policies, CertificateReviewRepository reviews) {
		this.settings = settings;
		this.policies = policies;
		this.reviews = reviews;
		this.certificates = certificates;
		this.hours = hours;
		this.accounts = accounts;
		this.organisations = organisations;
		this.events = events;
		this.pdf = pdf;
		this.clock = clock;
		String publicUrl = platform.publicUrl();
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.numberPrefix = settings.numberPrefix();
		this.zone = (settings.timeZone() != null) ? settings.timeZone() : clock.getZone();
	}

	/**
	 * Issues a certificate of the student's verified hours on the days from {@code from}
	 * to {@code to}, both included: 404 when the person may not ask for this student, 422
	 * when there are no verified hours in the period.
	 */
	@Transactional
	public Certificate issue(CurrentUser by, Long studentId, LocalDate from, LocalDate to) {
		return issue(by, studentId, from, to, null);
	}

	/**
	 * Issues the certificate, or, where the student's university reviews certificates
	 * first, puts it in the university's queue: its admins issue it or refuse it there.
	 * @return the certificate, or the review it waits for
	 */
	@Transactional
	public Requested request(CurrentUser by, Long studentId, LocalDate from, LocalDate to, Long batchId) {
		Account student = student(by, studentId);
		Organisation college = this.organisations.get(student.getOrganisationId());
		if (this.policies.findById(college.rootId()).map(CertificatePolicy::isReviewRequired).orElse(false)) {
			lines(studentId, from, to);
			Organisation university = this.organisations.get(college.rootId());
			CertificateReview review = this.reviews.save(new CertificateReview(student.getId(), college.getPath(),
					university.getPath(), from, to, batchId, by.getUsername(), this.clock.instant()));
			return new Requested(null, review);
		}
		return new Requested(issue(by, studentId, from, to, batchId), null);
	}

	/**
	 * A certificate issued, or one waiting for its university's review.
	 *
	 * @param certificate the certificate, when issued
	 * @param review the review, when it waits for one
	 */
	public record Requested(Certificate certificate, CertificateReview review) {
	}

	Certificate issue(CurrentUser by, Long studentId, LocalDate from, LocalDate to, Long batchId) {
		Account student = student(by, studentId);
		List<CertificateLine> lines = lines(studentId, from, to);
		Organisation college = this.organisations.get(student.getOrganisationId());
		Organisation university = this.organisations.get(college.rootId());
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Certificate.Builder certificate = new Certificate.Builder();
		certificate.number = String.format(Locale.ROOT, "%s-%d-%06d", this.numberPrefix,
				now.atZone(this.zone).getYear(), this.certificates.nextNumber());
		certificate.verificationCode = newCode();
		certificate.studentId = student.getId();
		certificate.studentName = student.getDisplayName();
		certificate.studentNumber = student.getStudentNumber();
		certificate.studentOrganisationId = college.getId();
		certificate.studentOrganisationPath = college.getPath();
		certificate.collegeName = college.getName();
		certificate.universityName = university.getName();
		certificate.periodFrom = from;
		certificate.periodTo = to;
		certificate.issuerId = university.getId();
		certificate.issuerName = university.getName();
		certificate.issuedAt = now;
		certificate.issuedBy = by.getUsername();
		certificate.lines = lines;
		certificate.idType = student.getIdType() == null ? null : student.getIdType().name();
		certificate.idNumberMasked = student.getMaskedIdNumber();
		certificate.volunteerNumber = student.getVolunteerNumber();
		certificate.issuerPerson = blankToNull(this.settings.personInCharge());
		certificate.issuerContact = blankToNull(this.settings.contact());
		certificate.batchId = batchId;
		Certificate issued = this.certificates.save(certificate.build());
		this.events
			.publishEvent(new CertificateIssued(issued.getId(), issued.getNumber(), studentId, issued.getTotalHours()));
		return issued;
	}

	/** The lines of the period's verified hours; 400 or 422 when there are none. */
	private List<CertificateLine> lines(Long studentId, LocalDate from, LocalDate to) {
		LocalDate today = today();
		if (to.isBefore(from)) {
			throw FieldProblem.invalid("to", "field.end-date.before-start");
		}
		if (to.isAfter(today)) {
			throw FieldProblem.invalid("to", "certificate.to.future");
		}
		List<CertificateLine> lines = this.hours.verifiedFor(studentId, from, to)
			.stream()
			.filter(h -> h.hours() != null && h.hours().signum() > 0)
			.map(this::line)
			.toList();
		if (lines.isEmpty()) {
			throw Problem.unprocessable("certificate.no-hours");
		}
		return lines;
	}

	private CertificateLine line(VerifiedHours h) {
		String community = h.communityId() == null ? null
				: this.organisations.all(List.of(h.communityId()))
					.stream()
					.findFirst()
					.map(Organisation::getName)
					.orElse(null);
		return new CertificateLine(h.projectId(), h.projectTitle(), h.communityId(), community, h.firstDay(),
				h.lastDay(), Certificate.hours(h.hours()));
	}

	/**
	 * The student a person may ask certificates for: themselves, or a student of a
	 * college they manage; 404 for anyone else, 422 for an account that is no student.
	 */
	public Account student(CurrentUser by, Long studentId) {
		Account student = this.accounts.find(studentId).orElseThrow(Problem::notFound);
		boolean self = by.id().equals(student.getId());
		Organisation college = student.getOrganisationId() == null ? null
				: this.organisations.get(student.getOrganisationId());
		if (!self && (college == null || !by.manages(college))) {
			throw Problem.notFound();
		}
		if (!student.holds(Role.STUDENT) || college == null) {
			throw Problem.unprocessable("certificate.not-student");
		}
		return student;
	}

	/** The certificate, if the person may see it: its student or an admin over them. */
	public Certificate get(CurrentUser by, String number) {
		Certificate certificate = this.certificates.findByNumber(number).orElseThrow(Problem::notFound);
		if (!by.id().equals(certificate.getStudentId()) && !by.manages(certificate.getStudentOrganisationPath())) {
			throw Problem.notFound();
		}
		return certificate;
	}

	/**
	 * The student's certificates, newest first, for the student or an admin over them.
	 */
	public Page<Certificate> of(CurrentUser by, Long studentId, Pageable pageable) {
		student(by, studentId);
		return this.certificates.findByStudentId(studentId, pageable);
	}

	/** The certificates of the students of the organisations the person manages. */
	public Page<Certificate> managed(CurrentUser by, Pageable pageable) {
		List<String> paths = by.managedPaths();
		if (paths.isEmpty()) {
			return Page.empty(pageable);
		}
		return this.certificates.findInSubtree(paths.get(0), pageable);
	}

	/**
	 * The certificate as an A4 PDF, drawn from what it keeps: the same document every
	 * time.
	 */
	public byte[] pdf(Certificate certificate) {
		return this.pdf.render(certificate, verifyUrl(certificate), verifyPage(), this.zone);
	}

	/**
	 * The certificate a verification code belongs to; empty for a code that was never
	 * issued, whatever it looks like.
	 */
	public Optional<Certificate> verify(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String normalised = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (!CODE.matcher(normalised).matches()) {
			return Optional.empty();
		}
		return this.certificates.findByVerificationCode(normalised);
	}

	/** The public page that verifies the certificate, as an absolute URL. */
	public String verifyUrl(Certificate certificate) {
		return this.publicUrl + "/verify/" + certificate.getVerificationCode();
	}

	/** The public page where a person types a verification code. */
	public String verifyPage() {
		return this.publicUrl + "/verify";
	}

	/** The certificate's PDF in the API, as an absolute URL. */
	public String pdfUrl(Certificate certificate) {
		return this.publicUrl + "/api/v1/certificates/" + certificate.getNumber() + "/pdf";
	}

	/** When the certificate was issued, in the certificate's time zone. */
	public OffsetDateTime issuedAt(Certificate certificate) {
		return certificate.getIssuedAt().atZone(this.zone).toOffsetDateTime();
	}

	/** Today, where the certificates are issued. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	/** The certificates' time zone: the issue date printed on them is a day there. */
	public ZoneId zone() {
		return this.zone;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static String newCode() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		StringBuilder code = new StringBuilder(32);
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xFF);
			bits += 8;
			while (bits >= 5) {
				code.append(BASE32[(buffer >> (bits - 5)) & 31]);
				bits -= 5;
			}
		}
		return code.toString();
	}

}
