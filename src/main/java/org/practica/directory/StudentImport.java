package org.practica.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.practica.support.FieldProblem;
import org.practica.support.FieldProblem.FieldError;
import org.practica.support.Tags;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a college's students from CSV (UTF-8) or XLSX. The first row names the columns,
 * in English or Chinese: username 用户名, displayName 姓名, password 密码, studentNumber 学号,
 * major 专业, skills 技能, phone 电话, and optionally email 邮箱 (a row may leave it empty; an
 * address is kept in lower case and belongs to one account only), and the identity the
 * volunteer-record rules ask for: idType 证件类型, idNumber 证件号码 (checked; a message never
 * repeats it whole) and volunteerNumber 志愿者编号. Every row is checked first; one bad row
 * and nothing is imported, with every bad row named.
 */
@Component
class StudentImport {

	static final int MAX_ROWS = 20_000;

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

	private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,30}");

	private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("username", "username"),
			Map.entry("用户名", "username"), Map.entry("displayname", "displayName"), Map.entry("name", "displayName"),
			Map.entry("姓名", "displayName"), Map.entry("password", "password"), Map.entry("密码", "password"),
			Map.entry("studentnumber", "studentNumber"), Map.entry("学号", "studentNumber"), Map.entry("major", "major"),
			Map.entry("专业", "major"), Map.entry("skills", "skills"), Map.entry("技能", "skills"),
			Map.entry("phone", "phone"), Map.entry("电话", "phone"), Map.entry("手机", "phone"),
			Map.entry("email", "email"), Map.entry("e-mail", "email"), Map.entry("邮箱", "email"),
			Map.entry("电子邮箱", "email"), Map.entry("电子邮件", "email"), Map.entry("idtype", "idType"),
			Map.entry("证件类型", "idType"), Map.entry("idnumber", "idNumber"), Map.entry("证件号码", "idNumber"),
			Map.entry("身份证号", "idNumber"), Map.entry("身份证号码", "idNumber"),
			Map.entry("volunteernumber", "volunteerNumber"), Map.entry("志愿者编号", "volunteerNumber"),
			Map.entry("志愿者编码", "volunteerNumber"));

	private static final List<String> REQUIRED = List.of("username", "displayName", "password", "studentNumber");

	private final AccountRepository accounts;

	private final Accounts accountRules;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	StudentImport(AccountRepository accounts, Accounts accountRules, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.accountRules = accountRules;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
	}

	/** Imports the file's students into the college; returns how many. */
	@Transactional
	public int run(CurrentUser by, Long collegeId, MultipartFile file) {
		Organisation college = this.accountRules.checkRole(by, Role.STUDENT, String.valueOf(collegeId));
		List<Map<String, String>> rows = read(file);
		List<Student> students = check(rows);
		List<String> hashes = students.parallelStream()
			.map(s -> this.passwordEncoder.encode(s.account().password()))
			.toList();
		List<Account> created = new ArrayList<>(students.size());
		for (int i = 0; i < students.size(); i++) {
			Account account = Accounts.newAccount(students.get(i).account(), college, hashes.get(i));
			account.recordIdentity(students.get(i).identity(), students.get(i).fingerprint());
			created.add(account);
		}
		this.accounts.saveAll(created);
		created.forEach(a -> this.events.publishEvent(new AccountCreated(a.getId(), Role.STUDENT, collegeId)));
		return created.size();
	}

	List<Map<String, String>> read(MultipartFile file) {
		return new SpreadsheetRows(HEADERS, REQUIRED, MAX_ROWS).read(file);
	}

	/** Checks every row; throws with all bad rows, or returns the accounts to create. */
	List<Student> check(List<Map<String, String>> rows) {
		if (rows.isEmpty()) {
			throw SpreadsheetRows.fileProblem("import.file.no-rows");
		}
		List<FieldError> errors = new ArrayList<>();
		Set<String> usernames = new HashSet<>();
		Set<String> numbers = new HashSet<>();
		List<String> all = rows.stream().map(r -> r.getOrDefault("username", "")).toList();
		Set<String> existing = new HashSet<>();
		for (int i = 0; i < all.size(); i += 1000) {
			existing.addAll(this.accounts.findExistingUsernames(all.subList(i, Math.min(all.size(), i + 1000))));
		}
		List<String> emails = rows.stream()
			.map(r -> EmailAddress.normalise(r.get("email")))
			.filter(e -> e != null && EmailAddress.valid(e))
			.toList();
		Set<String> takenEmails = new HashSet<>();
		for (int i = 0; i < emails.size(); i += 1000) {
			takenEmails.addAll(this.accounts.findExistingEmails(emails.subList(i, Math.min(emails.size(), i + 1000))));
		}
		Set<String> fileEmails = new HashSet<>();
		List<String> fingerprints = rows.stream()
			.map(r -> this.accountRules.idFingerprint(r.get("idNumber")))
			.filter(f -> f != null)
			.toList();
		Set<String> takenIds = new HashSet<>();
		for (int i = 0; i < fingerprints.size(); i += 1000) {
			takenIds.addAll(this.accounts
				.findExistingFingerprints(fingerprints.subList(i, Math.min(fingerprints.size(), i + 1000))));
		}
		Set<String> fileIds = new HashSet<>();
		List<Student> students = new ArrayList<>();
		for (Map<String, String> row : rows) {
			int number = SpreadsheetRows.number(row);
			String username = row.getOrDefault("username", "");
			String displayName = row.getOrDefault("displayName", "");
			String password = row.getOrDefault("password", "");
			String studentNumber = row.getOrDefault("studentNumber", "");
			String phone = row.getOrDefault("phone", "");
			int before = errors.size();
			if (username.isEmpty()) {
				errors.add(new FieldError(number, "username", "account.username.required", null));
			}
			else if (!USERNAME.matcher(username).matches()) {
				errors.add(new FieldError(number, "username", "account.username.pattern", null));
			}
			else if (existing.contains(username)) {
				errors.add(new FieldError(number, "username", "account.username.taken", new Object[] { username }));
			}
			else if (!usernames.add(username.toLowerCase(Locale.ROOT))) {
				errors.add(new FieldError(number, "username", "import.username.repeated", new Object[] { username }));
			}
			if (displayName.isEmpty() || displayName.length() > 100) {
				errors.add(new FieldError(number, "displayName", "account.display-name.required", null));
			}
			if (password.length() < 8 || password.length() > 100) {
				errors.add(new FieldError(number, "password", "account.password.size", null));
			}
			else {
				this.accountRules.passwordViolations(username, password)
					.forEach(key -> errors.add(new FieldError(number, "password", key,
							new Object[] { PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES })));
			}
			if (studentNumber.isEmpty() || studentNumber.length() > 40) {
				errors.add(new FieldError(number, "studentNumber", "import.student-number.required", null));
			}
			else if (!numbers.add(studentNumber)) {
				errors.add(new FieldError(number, "studentNumber", "import.student-number.repeated",
						new Object[] { studentNumber }));
			}
			if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
				errors.add(new FieldError(number, "phone", "import.phone.invalid", null));
			}
			String email = EmailAddress.normalise(row.get("email"));
			if (email != null) {
				if (!EmailAddress.valid(email)) {
					errors.add(new FieldError(number, "email", "account.email.invalid", null));
				}
				else if (takenEmails.contains(email)) {
					errors.add(new FieldError(number, "email", "account.email.taken", new Object[] { email }));
				}
				else if (!fileEmails.add(email)) {
					errors.add(new FieldError(number, "email", "import.email.repeated", new Object[] { email }));
				}
			}
			Identity.Checked.Result identity = new Identity(row.get("idType"), row.get("idNumber"),
					row.get("volunteerNumber"))
				.check();
			String fingerprint = null;
			if (identity.field() != null) {
				errors.add(new FieldError(number, identity.field(), identity.messageKey(), null));
			}
			else if (identity.checked().number() != null) {
				fingerprint = this.accountRules.idFingerprint(identity.checked().number());
				String masked = ResidentIdNumber.mask(identity.checked().number());
				if (takenIds.contains(fingerprint)) {
					errors.add(new FieldError(number, "idNumber", "import.id-number.taken", new Object[] { masked }));
				}
				else if (!fileIds.add(fingerprint)) {
					errors
						.add(new FieldError(number, "idNumber", "import.id-number.repeated", new Object[] { masked }));
				}
			}
			if (errors.size() == before) {
				students.add(new Student(
						new NewAccount(username, password, displayName, Role.STUDENT, null, studentNumber,
								row.get("major"), Tags.parse(row.get("skills")), phone, email),
						identity.checked(), fingerprint));
			}
		}
		if (!errors.isEmpty()) {
			throw new FieldProblem(HttpStatus.UNPROCESSABLE_CONTENT, errors);
		}
		return students;
	}

	/** A checked row: the account, its identity and the ID number's fingerprint. */
	record Student(NewAccount account, Identity.Checked identity, String fingerprint) {
	}

}
