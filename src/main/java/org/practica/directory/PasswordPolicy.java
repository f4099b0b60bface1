package org.practica.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.ValidationResult;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.passay.rule.DictionaryRule;
import org.passay.rule.LengthRule;
import org.passay.rule.UsernameRule;
import org.practica.support.FieldProblem;
import org.practica.support.FieldProblem.FieldError;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What a password a person chooses must be (changing it, or through a reset link): at
 * least {@value #MIN_LENGTH} characters; not containing the username, in either case; not
 * one of the 30,000 most common passwords (the list zxcvbn bundles), in either case; and
 * at most {@value #MAX_BYTES} bytes, as much as BCrypt reads. Checked with Passay.
 * Accounts an admin creates or imports keep their own, looser rule: the person chooses a
 * password of their own later.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	/** BCrypt reads no further; a Chinese character takes three of these. */
	static final int MAX_BYTES = 72;

	static final String COMMON_PASSWORDS = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

	private final PasswordValidator validator;

	PasswordPolicy() {
		this.validator = new DefaultPasswordValidator(new LengthRule(MIN_LENGTH, Integer.MAX_VALUE),
				new UsernameRule(true, true), new DictionaryRule(new WordListDictionary(commonPasswords())));
	}

	/** The list, one password a line, sorted for a search that ignores case. */
	private static ArrayWordList commonPasswords() {
		try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException(COMMON_PASSWORDS + " is not on the classpath");
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				return WordLists.createFromReader(new Reader[] { reader }, false, new ArraysSort());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The message keys of the rules the password breaks, in the order above; empty when
	 * it may be used.
	 */
	public List<String> violations(String username, String password) {
		String candidate = password == null ? "" : password;
		Set<String> keys = new LinkedHashSet<>();
		ValidationResult result = this.validator
			.validate(new PasswordData(username == null ? "" : username, candidate));
		for (RuleResultDetail detail : result.getDetails()) {
			keys.add(messageKey(detail.getErrorCode()));
		}
		if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			keys.add("account.password.too-long");
		}
		return new ArrayList<>(keys);
	}

	/**
	 * Refuses a password that breaks a rule: a 400 with one message per rule broken, each
	 * naming the field.
	 */
	public void check(String field, String username, String password) {
		List<String> broken = violations(username, password);
		if (!broken.isEmpty()) {
			throw new FieldProblem(HttpStatus.BAD_REQUEST,
					broken.stream()
						.map(key -> new FieldError(null, field, key, new Object[] { MIN_LENGTH, MAX_BYTES }))
						.toList());
		}
	}

	private static String messageKey(String errorCode) {
		return switch (errorCode) {
			case LengthRule.ERROR_CODE_MIN -> "account.password.too-short";
			case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED -> "account.password.username";
			case DictionaryRule.ERROR_CODE, DictionaryRule.ERROR_CODE_REVERSED -> "account.password.common";
			default -> "account.password.weak";
		};
	}

}
