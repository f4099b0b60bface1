package org.practica.directory;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;

import org.practica.support.AuditedEntity;
import org.practica.support.Problem;
import org.practica.support.Tags;

/**
 * A person who signs in: an admin, a team leader or a student. A student's organisation
 * is a college, and the profile keeps the student number, major and skill tags.
 */
@Entity
public class Account extends AuditedEntity {

	/**
	 * The name the first start gives the platform admin; the pages show it in each
	 * reader's language until the admin chooses another.
	 */
	public static final String FIRST_ADMIN_NAME = "Platform admin";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
	@SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(nullable = false)
	private String passwordHash;

	@Column(nullable = false)
	private String displayName;

	private Long organisationId;

	private String studentNumber;

	private String major;

	private String phone;

	private String email;

	@Column(nullable = false)
	private String language = "zh-CN";

	@Convert(converter = Tags.ColumnConverter.class)
	@Column(nullable = false)
	private List<String> skills = new ArrayList<>();

	@Column(nullable = false)
	private boolean enabled = true;

	/**
	 * The year a student graduates: their clubs end with the next school year's start.
	 */
	private Integer graduationYear;

	/** Whether a student has a disciplinary record (处分) on file. */
	@Column(nullable = false)
	private boolean disciplinaryFlag;

	/** Set when an admin sent a reset: the person must choose a new password first. */
	@Column(nullable = false)
	private boolean mustChangePassword;

	/** The ID document's type, as the volunteer-record rules ask. */
	@Enumerated(EnumType.STRING)
	private IdDocumentType idType;

	/** The ID document's number, sealed at rest ({@link IdNumberColumn}). */
	@Convert(converter = IdNumberColumn.class)
	private String idNumber;

	/** The number's HMAC fingerprint, for finding an ID number on two accounts. */
	private String idFingerprint;

	/** The national volunteer system's number (全国志愿服务信息系统), where known. */
	private String volunteerNumber;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "role_grant", joinColumns = @JoinColumn(name = "account_id"))
	private List<RoleGrant> grants = new ArrayList<>();

	protected Account() {
	}

	Account(String username, String passwordHash, String displayName, RoleGrant grant, Long organisationId) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.organisationId = organisationId;
		this.grants.add(grant);
	}

	void updateProfile(String displayName, String studentNumber, String major, List<String> skills, String phone) {
		this.displayName = displayName;
		this.studentNumber = studentNumber;
		this.major = major;
		this.skills = new ArrayList<>(Tags.checked("skills", skills));
		this.phone = phone;
	}

	/** A new password, chosen by the person: any reset an admin asked for is done. */
	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
	}

	/**
	 * An admin sent a reset: the person must choose a new password at the next sign-in.
	 */
	void requirePasswordChange() {
		this.mustChangePassword = true;
	}

	/** The address mail goes to, already normalised ({@link EmailAddress}), or none. */
	void changeEmail(String email) {
		this.email = email;
	}

	/**
	 * An admin over the person corrects what others see of them and how to reach them.
	 */
	void edit(String displayName, String email, String phone) {
		this.displayName = displayName;
		this.email = email;
		this.phone = phone;
	}

	/**
	 * Signing in stops; the directory ends the account's sessions and tokens with it.
	 * Nobody disables their own account: an admin would lock themselves out.
	 */
	void disable(CurrentUser by) {
		if (by.id().equals(this.id)) {
			throw Problem.conflict("account.disable.self");
		}
		this.enabled = false;
	}

	/**
	 * An admin over the student records the year they graduate and any disciplinary
	 * record.
	 */
	void recordStanding(Integer graduationYear, boolean disciplinaryFlag) {
		this.graduationYear = graduationYear;
		this.disciplinaryFlag = disciplinaryFlag;
	}

	/**
	 * The identity the volunteer-record rules ask for, checked by {@link Identity}; the
	 * fingerprint comes with the number.
	 */
	void recordIdentity(Identity.Checked identity, String fingerprint) {
		this.idType = identity.type();
		this.idNumber = identity.number();
		this.idFingerprint = fingerprint;
		this.volunteerNumber = identity.volunteerNumber();
	}

	void enable() {
		this.enabled = true;
	}

	void grant(RoleGrant grant) {
		if (!this.grants.contains(grant)) {
			this.grants.add(grant);
		}
	}

	public boolean holds(Role role) {
		return this.grants.stream().anyMatch(g -> g.role() == role);
	}

	/**
	 * Whether this is the platform admin still named as the first start named it: its
	 * name is then shown in the reader's language.
	 */
	public boolean hasFirstAdminName() {
		return holds(Role.PLATFORM_ADMIN) && FIRST_ADMIN_NAME.equals(this.displayName);
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getStudentNumber() {
		return this.studentNumber;
	}

	public String getMajor() {
		return this.major;
	}

	public String getPhone() {
		return this.phone;
	}

	/** The address mail goes to; {@code null} when the account has none. */
	public String getEmail() {
		return this.email;
	}

	/** The language this person reads mail in. */
	public java.util.Locale getLanguage() {
		return java.util.Locale.forLanguageTag(this.language);
	}

	public List<String> getSkills() {
		return List.copyOf(this.skills);
	}

	/** The year a student graduates, when known. */
	public Integer getGraduationYear() {
		return this.graduationYear;
	}

	/** Whether a disciplinary record is on file. */
	public boolean hasDisciplinaryFlag() {
		return this.disciplinaryFlag;
	}

	/** The ID document's type, or null when none is recorded. */
	public IdDocumentType getIdType() {
		return this.idType;
	}

	/**
	 * The ID number whole: only for the person themselves and the national export; every
	 * other reader gets {@link #getMaskedIdNumber()}.
	 */
	public String getIdNumber() {
		return this.idNumber;
	}

	/** The ID number masked, as {@code 110101********123X}; null when none. */
	public String getMaskedIdNumber() {
		return ResidentIdNumber.mask(this.idNumber);
	}

	/**
	 * The ID number's fingerprint: equal on two accounts exactly when their numbers are.
	 */
	public String getIdFingerprint() {
		return this.idFingerprint;
	}

	/** The national volunteer number, or null. */
	public String getVolunteerNumber() {
		return this.volunteerNumber;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	/** Whether the person must choose a new password before doing anything else. */
	public boolean isPasswordChangeRequired() {
		return this.mustChangePassword;
	}

	public List<RoleGrant> getGrants() {
		return List.copyOf(this.grants);
	}

}
