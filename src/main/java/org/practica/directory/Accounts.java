package org.practica.directory;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.practica.support.Ids;
import org.practica.support.FieldProblem;
import org.practica.support.PersonLock;
import org.practica.support.Problem;
import org.practica.support.Tags;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and their roles: who may create whom, team membership, profiles.
 */
@Service
@Transactional(readOnly = true)
public class Accounts implements PersonLock {

	private final AccountRepository accounts;

	private final OrganisationRepository organisations;

	private final TeamMembershipRepository memberships;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccountAccess access;

	private final org.practica.support.FieldCipher cipher;

	private final PasswordPolicy passwordPolicy;

	/**
	 * Team memberships found in the last few seconds, so that a student's burst of calls
	 * about a team's project reads theirs once; only found ones are kept, so a member
	 * just added by another instance counts at once. A removal evicts its own here when
	 * it commits; another instance forgets it within the expiry.
	 */
	private final Cache<TeamMembership.Key, Boolean> knownMemberships = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(java.time.Duration.ofSeconds(10))
		.build();

	Accounts(AccountRepository accounts, OrganisationRepository organisations, TeamMembershipRepository memberships,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock, AccountAccess access,
			org.practica.support.FieldCipher cipher, PasswordPolicy passwordPolicy) {
		this.passwordPolicy = passwordPolicy;
		this.accounts = accounts;
		this.cipher = cipher;
		this.access = access;
		this.organisations = organisations;
		this.memberships = memberships;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates an account with one role. Only the platform admin creates platform admins;
	 * everyone else creates accounts only in organisations it manages, and the
	 * organisation must be of the role's kind (a student's is a college).
	 */
	@Transactional
	public Account create(CurrentUser by, NewAccount request) {
		Organisation organisation = checkRole(by, request.role(), request.organisationId());
		if (this.accounts.existsByUsername(request.username())) {
			throw Problem.conflict("account.username.taken", request.username());
		}
		this.passwordPolicy.check("password", request.username(), request.password());
		String email = EmailAddress.checked("email", request.email());
		checkEmailFree(email, null);
		Account account = newAccount(request, organisation, this.passwordEncoder.encode(request.password()));
		this.accounts.save(account);
		flushEmail(email);
		this.events.publishEvent(new AccountCreated(account.getId(), request.role(), account.getOrganisationId()));
		return account;
	}

	/** The rules of the password policy this password breaks, as message keys. */
	List<String> passwordViolations(String username, String password) {
		return this.passwordPolicy.violations(username, password);
	}

	Organisation checkRole(CurrentUser by, Role role, String organisationId) {
		if (role == Role.PLATFORM_ADMIN) {
			if (!by.isPlatformAdmin()) {
				throw Problem.forbidden();
			}
			return null;
		}
		if (organisationId == null || organisationId.isBlank()) {
			throw FieldProblem.invalid("organisationId", "account.organisation.required");
		}
		Organisation organisation = this.organisations.findById(Ids.parse(organisationId))
			.orElseThrow(() -> FieldProblem.invalid("organisationId", "account.organisation.unknown"));
		if (!by.manages(organisation)) {
			throw Problem.forbidden();
		}
		if (!role.heldIn(organisation.getKind())) {
			throw FieldProblem.invalid("organisationId", "account.organisation.wrong-kind." + role.name());
		}
		return organisation;
	}

	static Account newAccount(NewAccount request, Organisation organisation, String passwordHash) {
		RoleGrant grant = organisation == null ? new RoleGrant(Role.PLATFORM_ADMIN, null, null)
				: new RoleGrant(request.role(), organisation.getId(), organisation.getPath());
		Account account = new Account(request.username(), passwordHash, request.displayName().strip(), grant,
				organisation == null ? null : organisation.getId());
		account.updateProfile(request.displayName().strip(), blankToNull(request.studentNumber()),
				blankToNull(request.major()), request.skills(), blankToNull(request.phone()));
		account.changeEmail(EmailAddress.normalise(request.email()));
		return account;
	}

	/**
	 * The account, if the person may see it: themselves, or someone in an organisation
	 * they manage.
	 */
	public Account get(CurrentUser by, Long id) {
		Account account = this.accounts.findById(id).orElseThrow(Problem::notFound);
		if (!visible(by, account)) {
			throw Problem.notFound();
		}
		return account;
	}

	/**
	 * The account, if the person is an admin over it: the platform admin, or an admin of
	 * its home organisation or of an organisation where it holds a role. Not visible:
	 * 404; visible but not theirs to manage (themselves, without managing their own
	 * organisation): 403.
	 */
	Account managed(CurrentUser by, Long id) {
		Account account = get(by, id);
		if (!by.isPlatformAdmin() && !managesSomethingOf(by, account)) {
			throw Problem.forbidden();
		}
		return account;
	}

	/**
	 * An admin over the person changes their name, email and phone, and disables or
	 * enables the account. Disabling ends its sessions and tokens at once; nobody
	 * disables themselves.
	 */
	@Transactional
	public Account edit(CurrentUser by, Long id, AccountEdit edit) {
		Account account = managed(by, id);
		String email = EmailAddress.checked("email", edit.email());
		checkEmailFree(email, account.getId());
		account.edit(edit.displayName().strip(), email, blankToNull(edit.phone()));
		if (edit.enabled() != null) {
			enable(by, account, edit.enabled());
		}
		flushEmail(email);
		this.events.publishEvent(new AccountEdited(account.getId()));
		return account;
	}

	/**
	 * An admin over the person disables the account (it signs in no more, its sessions
	 * and tokens end at once), or enables it again.
	 */
	@Transactional
	public Account enable(CurrentUser by, Long id, boolean enabled) {
		Account account = managed(by, id);
		enable(by, account, enabled);
		return account;
	}

	private void enable(CurrentUser by, Account account, boolean enabled) {
		if (enabled == account.isEnabled()) {
			return;
		}
		if (enabled) {
			account.enable();
			this.events.publishEvent(new AccountEnabled(account.getId()));
		}
		else {
			account.disable(by);
			this.access.endAll(account, AccountAccess.Kept.NOTHING);
			this.events.publishEvent(new AccountDisabled(account.getId()));
		}
	}

	/**
	 * An admin over a student records the year they graduate and whether a disciplinary
	 * record is on file.
	 */
	@Transactional
	public Account recordStanding(CurrentUser by, Long id, Integer graduationYear, boolean disciplinaryFlag) {
		Account account = managed(by, id);
		if (!account.holds(Role.STUDENT)) {
			throw Problem.conflict("account.standing.not-student");
		}
		if (graduationYear != null && (graduationYear < 1950 || graduationYear > 2200)) {
			throw FieldProblem.invalid("graduationYear", "account.standing.year");
		}
		account.recordStanding(graduationYear, disciplinaryFlag);
		this.events.publishEvent(new AccountEdited(account.getId()));
		return account;
	}

	/**
	 * Records the identity the volunteer-record rules ask for: by the person themselves
	 * or an admin over them. A bad field is refused naming it (400); an ID number another
	 * account holds, 422.
	 */
	@Transactional
	public Account recordIdentity(CurrentUser by, Long id, Identity identity) {
		Account account = by.id().equals(id) ? me(by) : managed(by, id);
		Identity.Checked checked = identity.checked();
		String fingerprint = idFingerprint(checked.number());
		if (fingerprint != null && this.accounts.existsByIdFingerprintAndIdNot(fingerprint, account.getId())) {
			throw FieldProblem.unprocessable("idNumber", "account.id-number.taken");
		}
		account.recordIdentity(checked, fingerprint);
		this.events.publishEvent(new AccountEdited(account.getId()));
		return account;
	}

	/** The fingerprint an ID number is stored with; null for none. */
	public String idFingerprint(String idNumber) {
		return this.cipher.fingerprint(ResidentIdNumber.normalise(idNumber), IdNumberColumn.CONTEXT);
	}

	/** The fingerprints among these that more than one account holds. */
	public java.util.Set<String> sharedIdFingerprints(java.util.Collection<String> fingerprints) {
		java.util.Set<String> shared = new java.util.HashSet<>();
		List<String> all = List.copyOf(fingerprints);
		for (int i = 0; i < all.size(); i += 1000) {
			shared.addAll(this.accounts.findSharedFingerprints(all.subList(i, Math.min(all.size(), i + 1000))));
		}
		return shared;
	}

	/** The language the person reads mail in: the one they last chose on the pages. */
	@Transactional
	public void chooseLanguage(CurrentUser user, Locale language) {
		this.accounts.chooseLanguage(user.id(), language.toLanguageTag());
	}

	private void checkEmailFree(String email, Long exceptId) {
		if (email != null && (exceptId == null ? this.accounts.existsByEmail(email)
				: this.accounts.existsByEmailAndIdNot(email, exceptId))) {
			throw FieldProblem.unprocessable("email", "account.email.taken", email);
		}
	}

	/**
	 * Writes an account whose address was just set: another account that took it at the
	 * same moment makes the unique key refuse it here, as the same 422.
	 */
	private void flushEmail(String email) {
		if (email == null) {
			return;
		}
		try {
			this.accounts.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw FieldProblem.unprocessable("email", "account.email.taken", email);
		}
	}

	/** The accounts with these ids, by id, for showing names in lists. */
	public java.util.Map<Long, Account> byId(java.util.Collection<Long> ids) {
		java.util.Map<Long, Account> byId = new java.util.HashMap<>();
		this.accounts.findAllById(ids).forEach(a -> byId.put(a.getId(), a));
		return byId;
	}

	/** The community admins of the community at this path. */
	public List<Long> communityAdminsAt(String communityPath) {
		return this.accounts.findHolding(Role.COMMUNITY_ADMIN, communityPath);
	}

	/** The admins (every managing role) of the organisation at this path itself. */
	public List<Long> adminsAt(String organisationPath) {
		return this.accounts.findHoldingAny(
				java.util.Arrays.stream(Role.values()).filter(r -> r.manages() && r != Role.PLATFORM_ADMIN).toList(),
				organisationPath);
	}

	/** The holders of the role in the organisation at this path itself. */
	public List<Long> holding(Role role, String organisationPath) {
		return this.accounts.findHolding(role, organisationPath);
	}

	/** The holders of the role in the organisation at this path or anywhere below it. */
	public List<Long> holdingUnder(Role role, String organisationPath) {
		return this.accounts.findHoldingUnder(role, organisationPath + "%");
	}

	/**
	 * The account with this username, if any (for forms that name people by username).
	 */
	public Optional<Account> findByUsername(String username) {
		return this.accounts.findByUsername(username);
	}

	public Optional<Account> find(Long id) {
		return this.accounts.findById(id);
	}

	/**
	 * Serialises work on one person until the surrounding transaction ends, so that rules
	 * about what a person holds at once (one open check-in, no overlapping shifts) hold
	 * under any concurrency.
	 */
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(Long accountId) {
		this.accounts.lockById(accountId).orElseThrow(Problem::notFound);
	}

	/**
	 * The person as a signed-in user, for work done on their behalf outside a request
	 * (demo data, jobs).
	 */
	public CurrentUser actingAs(String username) {
		Account account = this.accounts.findByUsername(username).orElseThrow(Problem::notFound);
		CurrentUser user = new CurrentUser(account);
		user.eraseCredentials();
		return user;
	}

	public Account me(CurrentUser user) {
		return this.accounts.findById(user.id()).orElseThrow(Problem::notFound);
	}

	private boolean visible(CurrentUser by, Account account) {
		return by.id().equals(account.getId()) || by.isPlatformAdmin() || managesSomethingOf(by, account);
	}

	private boolean managesSomethingOf(CurrentUser by, Account account) {
		if (account.getOrganisationId() != null) {
			Organisation home = this.organisations.findById(account.getOrganisationId()).orElse(null);
			if (home != null && by.manages(home)) {
				return true;
			}
		}
		return account.getGrants().stream().anyMatch(g -> by.manages(g.organisationPath()));
	}

	/** The accounts in the organisations this person manages. */
	public Page<Account> search(CurrentUser by, Long organisationId, String q, Pageable pageable) {
		String like = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
		if (organisationId != null) {
			Organisation organisation = this.organisations.findById(organisationId).orElseThrow(Problem::notFound);
			if (!by.manages(organisation)) {
				throw Problem.forbidden();
			}
			return this.accounts.findInSubtree(organisation.getPath(), like, pageable);
		}
		if (by.isPlatformAdmin()) {
			return this.accounts.search(like, pageable);
		}
		List<String> paths = by.managedPaths();
		if (paths.isEmpty()) {
			throw Problem.forbidden();
		}
		return this.accounts.findInSubtree(paths.get(0), like, pageable);
	}

	/** The person updates their own profile, their email address included. */
	@Transactional
	public Account updateProfile(CurrentUser user, ProfileForm form) {
		Account account = me(user);
		String email = EmailAddress.checked("email", form.email());
		checkEmailFree(email, account.getId());
		account.updateProfile(form.displayName().strip(), account.getStudentNumber(), blankToNull(form.major()),
				Tags.parse(form.skills()), blankToNull(form.phone()));
		account.changeEmail(email);
		flushEmail(email);
		this.events.publishEvent(new ProfileUpdated(account.getId()));
		return account;
	}

	/**
	 * Adds a student to a team: by someone who manages the team, or by the student for
	 * themselves. The student must study at the team's university.
	 */
	@Transactional
	public void addMember(CurrentUser by, Long teamId, Long accountId) {
		Organisation team = this.organisations.findById(teamId).orElseThrow(Problem::notFound);
		if (team.getKind() != OrganisationKind.TEAM) {
			throw Problem.notFound();
		}
		boolean self = by.id().equals(accountId);
		if (!self && !by.manages(team)) {
			throw Problem.forbidden();
		}
		Account student = this.accounts.findById(accountId)
			.orElseThrow(() -> FieldProblem.unprocessable("userId", "team.member.unknown"));
		if (!self && (!student.holds(Role.STUDENT) || !sameUniversity(student, team))) {
			// no different answer for someone of another university than for no one
			throw FieldProblem.unprocessable("userId", "team.member.unknown");
		}
		if (!student.holds(Role.STUDENT)) {
			throw Problem.unprocessable("team.member.not-student");
		}
		if (!sameUniversity(student, team)) {
			throw Problem.unprocessable("team.member.other-university");
		}
		TeamMembership.Key key = new TeamMembership.Key(teamId, accountId);
		if (this.memberships.existsById(key)) {
			throw Problem.conflict("team.member.already");
		}
		this.memberships.save(new TeamMembership(teamId, accountId, this.clock.instant(), by.getUsername()));
		this.events.publishEvent(new TeamJoined(accountId, teamId));
	}

	private boolean sameUniversity(Account student, Organisation team) {
		if (student.getOrganisationId() == null) {
			return false;
		}
		return this.organisations.findById(student.getOrganisationId())
			.map(college -> college.rootId().equals(team.rootId()))
			.orElse(false);
	}

	/**
	 * Forgets a membership once the transaction that ends it commits (at once outside
	 * one).
	 */
	void membershipEnded(TeamMembership.Key membership) {
		this.knownMemberships.invalidate(membership);
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
			org.springframework.transaction.support.TransactionSynchronizationManager
				.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCommit() {
						Accounts.this.knownMemberships.invalidate(membership);
					}
				});
		}
	}

	public List<Account> members(Long teamId) {
		return this.memberships.findMembers(teamId);
	}

	public List<Organisation> teamsOf(Long accountId) {
		return this.memberships.findTeams(accountId);
	}

	/** Whether the person leads or is a member of the team. */
	public boolean belongsToTeam(CurrentUser user, Long teamId) {
		if (user.grants().stream().anyMatch(g -> g.role() == Role.TEAM_LEADER && teamId.equals(g.organisationId()))) {
			return true;
		}
		TeamMembership.Key membership = new TeamMembership.Key(teamId, user.id());
		if (this.knownMemberships.getIfPresent(membership) != null) {
			return true;
		}
		boolean member = this.memberships.existsById(membership);
		if (member) {
			this.knownMemberships.put(membership, Boolean.TRUE);
		}
		return member;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
