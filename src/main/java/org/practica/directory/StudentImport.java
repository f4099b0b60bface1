package org.practica.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.practica.support.FieldProblem;
import org.practica.support.FieldProblem.FieldError;
import org.practica.support.Problem;
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
 * address is kept in lower case and belongs to one account only). Every row is checked
 * first; one bad row and nothing is imported, with every bad row named.
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
			Map.entry("电子邮箱", "email"), Map.entry("电子邮件", "email"));

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
		List<NewAccount> students = check(rows);
		List<String> hashes = students.parallelStream().map(s -> this.passwordEncoder.encode(s.password())).toList();
		List<Account> created = new ArrayList<>(students.size());
		for (int i = 0; i < students.size(); i++) {
			created.add(Accounts.newAccount(students.get(i), college, hashes.get(i)));
		}
		this.accounts.saveAll(created);
		created.forEach(a -> this.events.publishEvent(new AccountCreated(a.getId(), Role.STUDENT, collegeId)));
		return created.size();
	}

	List<Map<String, String>> read(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw fileProblem("import.file.empty");
		}
		try {
			byte[] bytes = file.getBytes();
			boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
			return zip ? readXlsx(new ByteArrayInputStream(bytes)) : readCsv(bytes);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Problem problem) {
				throw problem;
			}
			throw fileProblem("import.file.unreadable");
		}
	}

	private List<Map<String, String>> readCsv(byte[] bytes) throws IOException {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		String text = StandardCharsets.UTF_8.newDecoder()
			.decode(java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start))
			.toString();
		try (Reader reader = new java.io.StringReader(text);
				CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
			List<String> header = null;
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				List<String> values = record.toList();
				if (header == null) {
					header = columns(values);
					continue;
				}
				rows.add(row(header, values, (int) parser.getCurrentLineNumber()));
				tooMany(rows);
			}
			if (header == null) {
				throw fileProblem("import.file.empty");
			}
			return rows;
		}
	}

	private List<Map<String, String>> readXlsx(InputStream in) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<String> header = null;
			List<Map<String, String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					Cell cell = row.getCell(c);
					values.add(cell == null ? "" : formatter.formatCellValue(cell));
				}
				if (values.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (header == null) {
					header = columns(values);
					continue;
				}
				rows.add(row(header, values, row.getRowNum() + 1));
				tooMany(rows);
			}
			if (header == null) {
				throw fileProblem("import.file.empty");
			}
			return rows;
		}
	}

	private static FieldProblem fileProblem(String messageKey, Object... arguments) {
		return new FieldProblem(HttpStatus.UNPROCESSABLE_CONTENT,
				List.of(new FieldError(null, "file", messageKey, arguments)));
	}

	private static void tooMany(List<?> rows) {
		if (rows.size() > MAX_ROWS) {
			throw fileProblem("import.file.too-many-rows", MAX_ROWS);
		}
	}

	private static List<String> columns(List<String> header) {
		List<String> columns = new ArrayList<>();
		for (String name : header) {
			String key = name.strip().replace("\uFEFF", "").replace("_", "").toLowerCase(Locale.ROOT);
			columns.add(HEADERS.getOrDefault(key, ""));
		}
		List<FieldError> missing = REQUIRED.stream()
			.filter(r -> !columns.contains(r))
			.map(r -> new FieldError(1, r, "import.column.missing", new Object[] { r }))
			.toList();
		if (!missing.isEmpty()) {
			throw new FieldProblem(HttpStatus.UNPROCESSABLE_CONTENT, missing);
		}
		return columns;
	}

	private static Map<String, String> row(List<String> header, List<String> values, int rowNumber) {
		Map<String, String> row = new HashMap<>();
		row.put("#", String.valueOf(rowNumber));
		for (int i = 0; i < header.size() && i < values.size(); i++) {
			if (!header.get(i).isEmpty()) {
				row.put(header.get(i), values.get(i) == null ? "" : values.get(i).strip());
			}
		}
		return row;
	}

	/** Checks every row; throws with all bad rows, or returns the accounts to create. */
	List<NewAccount> check(List<Map<String, String>> rows) {
		if (rows.isEmpty()) {
			throw fileProblem("import.file.no-rows");
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
		List<NewAccount> students = new ArrayList<>();
		for (Map<String, String> row : rows) {
			int number = Integer.parseInt(row.get("#"));
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
			if (errors.size() == before) {
				students.add(new NewAccount(username, password, displayName, Role.STUDENT, null, studentNumber,
						row.get("major"), Tags.parse(row.get("skills")), phone, email));
			}
		}
		if (!errors.isEmpty()) {
			throw new FieldProblem(HttpStatus.UNPROCESSABLE_CONTENT, errors);
		}
		return students;
	}

}
