package org.practica.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
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
import org.hibernate.annotations.Immutable;

import org.practica.support.AuditedEntity;

/**
 * A certificate of volunteer service (志愿服务证明): who served, where, when and for how many
 * verified hours, who issued it, its number and the code that verifies it. Once issued it
 * never changes; it keeps a snapshot of everything it shows, so its PDF is made again
 * exactly as issued.
 */
@Entity
@Immutable
public class Certificate extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
	@SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true)
	private String number;

	@Column(nullable = false, unique = true)
	private String verificationCode;

	@Column(nullable = false)
	private Long studentId;

	@Column(nullable = false)
	private String studentName;

	private String studentNumber;

	@Column(nullable = false)
	private Long studentOrganisationId;

	@Column(nullable = false)
	private String studentOrganisationPath;

	@Column(nullable = false)
	private String collegeName;

	@Column(nullable = false)
	private String universityName;

	@Column(nullable = false)
	private LocalDate periodFrom;

	@Column(nullable = false)
	private LocalDate periodTo;

	@Column(nullable = false, precision = 10, scale = 2)
	private BigDecimal totalHours;

	@Column(nullable = false)
	private Long issuerId;

	@Column(nullable = false)
	private String issuerName;

	@Column(nullable = false)
	private Instant issuedAt;

	@Column(nullable = false)
	private String issuedBy;

	/** The ID document's type as issued, such as {@code RESIDENT_ID_CARD}. */
	private String idType;

	/** The ID number, masked: a certificate never keeps it whole. */
	private String idNumberMasked;

	private String volunteerNumber;

	/** The issuer's person in charge (负责人). */
	private String issuerPerson;

	/** How to reach the issuer (联系方式). */
	private String issuerContact;

	/** The batch it was issued in, if any. */
	private Long batchId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "certificate_line", joinColumns = @JoinColumn(name = "certificate_id"))
	@OrderColumn(name = "line_index")
	private List<CertificateLine> lines = new ArrayList<>();

	protected Certificate() {
	}

	private Certificate(Builder b) {
		this.number = b.number;
		this.verificationCode = b.verificationCode;
		this.studentId = b.studentId;
		this.studentName = b.studentName;
		this.studentNumber = b.studentNumber;
		this.studentOrganisationId = b.studentOrganisationId;
		this.studentOrganisationPath = b.studentOrganisationPath;
		this.collegeName = b.collegeName;
		this.universityName = b.universityName;
		this.periodFrom = b.periodFrom;
		this.periodTo = b.periodTo;
		this.issuerId = b.issuerId;
		this.issuerName = b.issuerName;
		this.issuedAt = b.issuedAt;
		this.issuedBy = b.issuedBy;
		this.lines = new ArrayList<>(b.lines);
		this.idType = b.idType;
		this.idNumberMasked = b.idNumberMasked;
		this.volunteerNumber = b.volunteerNumber;
		this.issuerPerson = b.issuerPerson;
		this.issuerContact = b.issuerContact;
		this.batchId = b.batchId;
		this.totalHours = b.lines.stream().map(CertificateLine::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Hours as a certificate keeps them: to the hundredth. */
	static BigDecimal hours(BigDecimal hours) {
		return hours.setScale(2, RoundingMode.HALF_UP);
	}

	/** Hours as people read them: {@code 12.5}, {@code 3}, never {@code 1E+1}. */
	public static String plain(BigDecimal hours) {
		BigDecimal stripped = hours.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	public Long getId() {
		return this.id;
	}

	public String getNumber() {
		return this.number;
	}

	public String getVerificationCode() {
		return this.verificationCode;
	}

	/** The verification code in groups of four, as people read and type it. */
	public String getGroupedCode() {
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < this.verificationCode.length(); i += 4) {
			grouped.append(i == 0 ? "" : " ")
				.append(this.verificationCode, i, Math.min(this.verificationCode.length(), i + 4));
		}
		return grouped.toString();
	}

	public Long getStudentId() {
		return this.studentId;
	}

	public String getStudentName() {
		return this.studentName;
	}

	public String getStudentNumber() {
		return this.studentNumber;
	}

	public Long getStudentOrganisationId() {
		return this.studentOrganisationId;
	}

	public String getStudentOrganisationPath() {
		return this.studentOrganisationPath;
	}

	public String getCollegeName() {
		return this.collegeName;
	}

	public String getUniversityName() {
		return this.universityName;
	}

	public LocalDate getPeriodFrom() {
		return this.periodFrom;
	}

	public LocalDate getPeriodTo() {
		return this.periodTo;
	}

	public BigDecimal getTotalHours() {
		return this.totalHours;
	}

	/** The total hours as people read them. */
	public String getTotal() {
		return plain(this.totalHours);
	}

	public Long getIssuerId() {
		return this.issuerId;
	}

	public String getIssuerName() {
		return this.issuerName;
	}

	public Instant getIssuedAt() {
		return this.issuedAt;
	}

	public String getIssuedBy() {
		return this.issuedBy;
	}

	/** The ID document's type, or null when the student had none recorded. */
	public String getIdType() {
		return this.idType;
	}

	/** The ID number, masked. */
	public String getIdNumberMasked() {
		return this.idNumberMasked;
	}

	public String getVolunteerNumber() {
		return this.volunteerNumber;
	}

	public String getIssuerPerson() {
		return this.issuerPerson;
	}

	public String getIssuerContact() {
		return this.issuerContact;
	}

	public Long getBatchId() {
		return this.batchId;
	}

	public List<CertificateLine> getLines() {
		return List.copyOf(this.lines);
	}

	/** What a certificate is made of, gathered before it is issued. */
	static final class Builder {

		String number;

		String verificationCode;

		Long studentId;

		String studentName;

		String studentNumber;

		Long studentOrganisationId;

		String studentOrganisationPath;

		String collegeName;

		String universityName;

		LocalDate periodFrom;

		LocalDate periodTo;

		Long issuerId;

		String issuerName;

		Instant issuedAt;

		String issuedBy;

		List<CertificateLine> lines = List.of();

		String idType;

		String idNumberMasked;

		String volunteerNumber;

		String issuerPerson;

		String issuerContact;

		Long batchId;

		Certificate build() {
			if (this.lines.isEmpty()) {
				throw new IllegalStateException("A certificate certifies at least one project");
			}
			return new Certificate(this);
		}

	}

}
