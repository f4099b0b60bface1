package org.practica.certificate;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Role;
import org.practica.support.FieldProblem;
import org.practica.support.Paging;
import org.practica.support.Problem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The certificate pages: a student's certificates and the request for a new one, an
 * admin's view of the students of their colleges, one certificate, and the public
 * verification page.
 */
@Controller
class CertificateController {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.desc("id"));

	private final Certificates certificates;

	private final Accounts accounts;

	CertificateController(Certificates certificates, Accounts accounts) {
		this.certificates = certificates;
		this.accounts = accounts;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return this.certificates.zone();
	}

	/**
	 * A student sees their certificates and asks for one; an admin finds a student of
	 * their colleges, or sees the certificates issued there.
	 */
	@GetMapping("/certificates")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long studentId,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
		Long student = studentId != null ? studentId : user.isAdmin() ? null : user.id();
		CertificateRequest form = new CertificateRequest(student == null ? null : student.toString(),
				this.certificates.today().withDayOfYear(1), this.certificates.today());
		model.addAttribute("form", form);
		return page(user, student, q, page, model);
	}

	@PostMapping("/certificates")
	String issue(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") CertificateRequest form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Long student = parse(form.studentId(), user);
		if (result.hasErrors()) {
			return page(user, student, null, null, model);
		}
		try {
			Certificates.Requested requested = this.certificates.request(user, student, form.from(), form.to(), null);
			if (requested.certificate() == null) {
				redirect.addFlashAttribute("flash", "certificate.review.queued");
				return "redirect:/certificates";
			}
			Certificate certificate = requested.certificate();
			redirect.addFlashAttribute("flash", "certificate.issued");
			return "redirect:/certificates/" + UriUtils.encodePathSegment(certificate.getNumber(), "UTF-8");
		}
		catch (FieldProblem problem) {
			problem.rejectInto(result);
		}
		catch (Problem problem) {
			if (problem.status() != HttpStatus.UNPROCESSABLE_CONTENT) {
				throw problem;
			}
			result.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
		}
		return page(user, student, null, null, model);
	}

	private String page(CurrentUser user, Long studentId, String q, Integer page, Model model) {
		if (studentId != null) {
			Account student = this.certificates.student(user, studentId);
			model.addAttribute("student", student);
			model.addAttribute("certificates",
					this.certificates.of(user, studentId, Paging.of(page, 20, null, NEWEST_FIRST)));
		}
		else {
			model.addAttribute("certificates",
					this.certificates.managed(user, Paging.of(page, 20, null, NEWEST_FIRST)));
			model.addAttribute("q", q);
			model.addAttribute("found", q == null || q.isBlank() ? List.of() : students(user, q));
		}
		model.addAttribute("self", studentId != null && studentId.equals(user.id()));
		return "certificate/list";
	}

	private List<Account> students(CurrentUser user, String q) {
		if (!user.isAdmin()) {
			return List.of();
		}
		Page<Account> found = this.accounts.search(user, null, q, PageRequest.of(0, 50, Sort.by("displayName")));
		return found.stream().filter(a -> a.holds(Role.STUDENT)).limit(20).toList();
	}

	private static Long parse(String studentId, CurrentUser user) {
		if (studentId == null || studentId.isBlank()) {
			return user.isAdmin() ? null : user.id();
		}
		try {
			return Long.valueOf(studentId.strip());
		}
		catch (NumberFormatException ex) {
			throw Problem.notFound();
		}
	}

	@GetMapping("/certificates/{number}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable String number, Model model) {
		Certificate certificate = this.certificates.get(user, number);
		model.addAttribute("certificate", certificate);
		model.addAttribute("verifyUrl", this.certificates.verifyUrl(certificate));
		model.addAttribute("issuedAt", this.certificates.issuedAt(certificate));
		return "certificate/show";
	}

	@GetMapping("/certificates/{number}/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable String number) {
		Certificate certificate = this.certificates.get(user, number);
		return CertificateApiController.pdfResponse(certificate, this.certificates.pdf(certificate));
	}

	/** Where a person types the code printed on a certificate. */
	@GetMapping("/verify")
	String verifyForm(@RequestParam(required = false) String code) {
		if (code != null && !code.isBlank()) {
			String normalised = code.replaceAll("[\\s-]", "");
			return "redirect:/verify/" + UriUtils.encodePathSegment(normalised, "UTF-8");
		}
		return "certificate/verify";
	}

	/**
	 * The public verification page: what the certificate says, or plainly that it is not
	 * genuine.
	 */
	@GetMapping("/verify/{code}")
	String verify(@PathVariable String code, Model model, HttpServletResponse response) {
		Optional<Certificate> certificate = this.certificates.verify(code);
		model.addAttribute("code", code);
		certificate.ifPresentOrElse(c -> {
			model.addAttribute("certificate", c);
			model.addAttribute("issuedAt", this.certificates.issuedAt(c));
		}, () -> response.setStatus(HttpStatus.NOT_FOUND.value()));
		return "certificate/verify";
	}

}
