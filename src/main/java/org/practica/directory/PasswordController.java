package org.practica.directory;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a person's password: changing it (the platform admin's generated one too),
 * asking for a reset link when it is forgotten, and setting a new one with the link.
 */
@Controller
class PasswordController {

	private static final SecurityContextRepository SESSION_CONTEXT = new HttpSessionSecurityContextRepository();

	private final Passwords passwords;

	private final long linkMinutes;

	PasswordController(Passwords passwords, PasswordResetSettings settings) {
		this.passwords = passwords;
		this.linkMinutes = settings.lifetime().toMinutes();
	}

	@GetMapping(PasswordChangeRequiredFilter.PAGE)
	String changeForm(Model model) {
		model.addAttribute("form", new ChangeForm(null, null, null));
		return "directory/password";
	}

	@PostMapping(PasswordChangeRequiredFilter.PAGE)
	String change(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ChangeForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		repeated(form.newPassword(), form.repeatPassword(), result);
		if (result.hasErrors()) {
			return "directory/password";
		}
		Account account;
		try {
			account = this.passwords.change(user, form.currentPassword(), form.newPassword(),
					new AccountAccess.Kept(request.getSession().getId(), null));
		}
		catch (Passwords.WrongCurrentPassword ex) {
			result.rejectValue(Passwords.WrongCurrentPassword.FIELD, ex.messageKey(), ex.messageKey());
			return "directory/password";
		}
		catch (FieldProblem problem) {
			problem.rejectInto(result);
			return "directory/password";
		}
		signedInAs(account, request, response);
		redirect.addFlashAttribute("flash", "password.changed");
		return "redirect:/profile";
	}

	/**
	 * This session goes on as the account is now: no longer sent to change its password.
	 */
	private static void signedInAs(Account account, HttpServletRequest request, HttpServletResponse response) {
		CurrentUser fresh = new CurrentUser(account);
		fresh.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
		SecurityContextHolder.setContext(context);
		SESSION_CONTEXT.saveContext(context, request, response);
	}

	@GetMapping("/password-reset")
	String forgotForm(Model model) {
		model.addAttribute("form", new ForgotForm(null));
		return forgotPage(model);
	}

	private String forgotPage(Model model) {
		model.addAttribute("linkMinutes", this.linkMinutes);
		return "directory/password-forgot";
	}

	/** The same answer whatever the username: nothing is learnt of an account. */
	@PostMapping("/password-reset")
	String forgot(@Valid @ModelAttribute("form") ForgotForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return forgotPage(model);
		}
		this.passwords.requestReset(form.username());
		redirect.addFlashAttribute("flash", "password.reset.requested");
		return "redirect:/password-reset";
	}

	@GetMapping("/password-reset/{token}")
	String resetForm(@PathVariable String token, Model model, HttpServletResponse response) {
		noReferrer(response);
		Optional<Account> account = this.passwords.linkedAccount(token);
		if (account.isEmpty()) {
			return invalid(response);
		}
		model.addAttribute("username", account.get().getUsername());
		model.addAttribute("token", token);
		model.addAttribute("form", new ResetForm(null, null));
		return "directory/password-reset";
	}

	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @Valid @ModelAttribute("form") ResetForm form, BindingResult result,
			Model model, HttpServletResponse response) {
		noReferrer(response);
		Optional<Account> account = this.passwords.linkedAccount(token);
		if (account.isEmpty()) {
			return invalid(response);
		}
		model.addAttribute("username", account.get().getUsername());
		model.addAttribute("token", token);
		repeated(form.newPassword(), form.repeatPassword(), result);
		if (result.hasErrors()) {
			return "directory/password-reset";
		}
		try {
			this.passwords.reset(token, form.newPassword());
		}
		catch (FieldProblem problem) {
			problem.rejectInto(result);
			return "directory/password-reset";
		}
		catch (Problem problem) {
			if (problem.status() != HttpStatus.NOT_FOUND) {
				throw problem;
			}
			return invalid(response);
		}
		return "redirect:/login?reset";
	}

	/** An unknown, used or expired link: 404, and a way to ask for another. */
	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "directory/password-reset-invalid";
	}

	/** The link's token is in the address: no page it leads to may learn it. */
	private static void noReferrer(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	private static void repeated(String password, String repeat, BindingResult result) {
		if (password != null && !password.equals(repeat) && !result.hasFieldErrors("repeatPassword")) {
			result.rejectValue("repeatPassword", "account.password.mismatch", "account.password.mismatch");
		}
	}

	record ChangeForm(@NotBlank(message = "{account.password.current-required}") String currentPassword,
			@NotBlank(message = "{account.password.required}") @Size(max = 200,
					message = "{field.too-long}") String newPassword,
			String repeatPassword) {
	}

	record ForgotForm(@NotBlank(message = "{account.username.required}") @Size(max = 64,
			message = "{field.too-long}") String username) {
	}

	record ResetForm(@NotBlank(message = "{account.password.required}") @Size(max = 200,
			message = "{field.too-long}") String newPassword, String repeatPassword) {
	}

}
