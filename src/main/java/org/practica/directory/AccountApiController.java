package org.practica.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.support.FieldProblem;
import org.practica.support.FieldProblem.FieldError;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Passwords and accounts through the API: one's own password, the reset link, and an
 * admin's edit, disabling and reset of a person's account.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory")
class AccountApiController {

	private static final DefaultBearerTokenResolver BEARER = new DefaultBearerTokenResolver();

	private final Passwords passwords;

	private final Accounts accounts;

	private final Validator validator;

	AccountApiController(Passwords passwords, Accounts accounts, Validator validator) {
		this.passwords = passwords;
		this.accounts = accounts;
		this.validator = validator;
	}

	@Operation(summary = "Change one's own password",
			description = "The new password has at least 10 characters, does not contain the username and is not a "
					+ "common password; each rule it breaks is a 400 error on newPassword. A wrong current password "
					+ "is 403. Every other token and page session of the account ends; this token stays.")
	@PostMapping("/me/password")
	@ApiResponse(responseCode = "204", description = "Changed")
	ResponseEntity<Void> changePassword(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody PasswordChange body, HttpServletRequest request) {
		this.passwords.change(user, body.currentPassword(), body.newPassword(),
				new AccountAccess.Kept(null, BEARER.resolve(request)));
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Ask for a password reset link by mail",
			description = "Always 202, whether or not the account exists, is enabled or has an email address: nothing "
					+ "can be learnt from the answer. When it does, a single-use link valid 30 minutes goes to it.")
	@PostMapping("/auth/password-reset")
	@ApiResponse(responseCode = "202", description = "Taken")
	ResponseEntity<Void> requestReset(@Valid @RequestBody ResetRequest body) {
		this.passwords.requestReset(body.username());
		return ResponseEntity.accepted().build();
	}

	@Operation(summary = "Set a new password with the token of a reset link",
			description = "Once per link. An unknown, used or expired token is 404. Every session and token of the "
					+ "account ends; sign in again with the new password.")
	@PostMapping("/auth/password-reset/{token}")
	@ApiResponse(responseCode = "204", description = "The password is set")
	ResponseEntity<Void> reset(@PathVariable String token, @Valid @RequestBody NewPassword body) {
		this.passwords.reset(token, body.newPassword());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Change a person's name, email, phone, or disable or enable the account",
			description = "By an admin over the person. Only the fields sent change; null or an empty string clears "
					+ "email or phone. A disabled account cannot sign in, and its tokens and sessions end at once. "
					+ "The email address is kept in lower case and belongs to one account only (422).")
	@PatchMapping("/users/{id}")
	DirectoryJson.AccountJson edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = AccountPatch.class))) @RequestBody Map<String, Object> body) {
		Account current = this.accounts.managed(user, id);
		AccountEdit edit = new AccountEdit(text(body, "displayName", current.getDisplayName()),
				text(body, "email", current.getEmail()), text(body, "phone", current.getPhone()),
				flag(body, "enabled"));
		check(edit);
		return DirectoryJson.AccountJson.of(this.accounts.edit(user, id, edit));
	}

	@Operation(summary = "Send a person a password reset",
			description = "By an admin over the person: a reset link goes to the account's email address, if it has "
					+ "one, and the person must choose a new password at the next sign-in. Until then the pages lead "
					+ "only to the change of password, and the account's API tokens reach only GET /me and "
					+ "POST /me/password (403 otherwise). A disabled account: 409.")
	@PostMapping("/users/{id}/password-reset")
	@ApiResponse(responseCode = "204", description = "Sent")
	ResponseEntity<Void> sendReset(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		this.passwords.sendReset(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Record a student's graduation year and disciplinary record flag",
			description = "By an admin over the student. Clubs read both: a student with the flag cannot found a "
					+ "club, and memberships end when the school year after the graduation year starts.")
	@org.springframework.web.bind.annotation.PutMapping("/users/{id}/standing")
	StandingJson standing(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestBody StandingJson body) {
		Account account = this.accounts.recordStanding(user, id, body.graduationYear(),
				Boolean.TRUE.equals(body.disciplinaryFlag()));
		return new StandingJson(account.getGraduationYear(), account.hasDisciplinaryFlag());
	}

	@Operation(summary = "Record a person's identity for the volunteer record",
			description = "By the person or an admin over them: idType (RESIDENT_ID_CARD, PASSPORT, HK_MACAO_PERMIT, "
					+ "TAIWAN_PERMIT), idNumber (a resident ID number is checked: 18 characters, birth date, GB 11643 "
					+ "check character) and volunteerNumber. The number is stored sealed and answered masked to anyone "
					+ "but its owner. A bad field: 400 naming it; a number another account holds: 422.")
	@org.springframework.web.bind.annotation.PutMapping("/users/{id}/identity")
	DirectoryJson.AccountJson identity(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestBody Identity body) {
		Account account = this.accounts.recordIdentity(user, id, body);
		return user.id().equals(account.getId()) ? DirectoryJson.AccountJson.own(account)
				: DirectoryJson.AccountJson.of(account);
	}

	record StandingJson(Integer graduationYear, Boolean disciplinaryFlag) {
	}

	private static String text(Map<String, Object> body, String field, String current) {
		if (!body.containsKey(field)) {
			return current;
		}
		Object value = body.get(field);
		if (value == null || value instanceof String) {
			return (String) value;
		}
		throw FieldProblem.invalid(field, "field.invalid");
	}

	private static Boolean flag(Map<String, Object> body, String field) {
		Object value = body.get(field);
		if (value == null || value instanceof Boolean) {
			return (Boolean) value;
		}
		throw FieldProblem.invalid(field, "field.invalid");
	}

	private void check(AccountEdit edit) {
		Set<ConstraintViolation<AccountEdit>> violations = this.validator.validate(edit);
		if (!violations.isEmpty()) {
			List<FieldError> errors = new ArrayList<>();
			violations
				.forEach(v -> errors.add(new FieldError(null, v.getPropertyPath().toString(), v.getMessage(), null)));
			throw new FieldProblem(HttpStatus.BAD_REQUEST, errors);
		}
	}

	record PasswordChange(@NotNull(message = "{account.password.current-required}") String currentPassword,
			@NotNull(message = "{account.password.required}") @Size(max = 200,
					message = "{field.too-long}") String newPassword) {
	}

	record ResetRequest(@NotBlank(message = "{account.username.required}") @Size(max = 64,
			message = "{field.too-long}") String username) {
	}

	record NewPassword(@NotNull(message = "{account.password.required}") @Size(max = 200,
			message = "{field.too-long}") String newPassword) {
	}

	/** What PATCH /users/{id} takes: any of these. */
	record AccountPatch(String displayName, String email, String phone, Boolean enabled) {
	}

}
