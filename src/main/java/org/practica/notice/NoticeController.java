package org.practica.notice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisations;
import org.practica.support.FieldProblem;
import org.practica.support.Ids;
import org.practica.support.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of public notices: the notices open now and one notice with its objection
 * form, both public; the objections with the objectors' details and the decision forms,
 * for the admins of a notice's organisation.
 */
@Controller
class NoticeController {

	private static final int LIST_MAX = 100;

	private final Notices notices;

	private final Organisations organisations;

	NoticeController(Notices notices, Organisations organisations) {
		this.notices = notices;
		this.organisations = organisations;
	}

	@GetMapping("/notices")
	String list(Model model) {
		List<Notice> open = this.notices.openNow(LIST_MAX);
		model.addAttribute("notices", open);
		model.addAttribute("organisations", names(open.stream().map(Notice::getOrganisationId).toList()));
		return "notice/list";
	}

	@GetMapping("/notices/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		Notice notice = this.notices.get(Ids.parse(id));
		model.addAttribute("view", this.notices.view(notice));
		model.addAttribute("organisation", this.organisations.get(notice.getOrganisationId()));
		model.addAttribute("manages", this.notices.manages(user, notice));
		return "notice/show";
	}

	@PostMapping("/notices/{id}/objections")
	String object(@PathVariable String id, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) String realName, @RequestParam(required = false) String contact,
			@RequestParam(required = false) String reason, HttpServletRequest request, RedirectAttributes redirect) {
		Long noticeId = Ids.parse(id);
		try {
			this.notices.object(noticeId, subjectId, realName, contact, reason, request.getRemoteAddr());
			redirect.addFlashAttribute("flash", "notice.objection.raised");
		}
		catch (Problem problem) {
			refused(problem, redirect);
			redirect.addFlashAttribute("objectionForm", new ObjectionForm(subjectId, realName, contact, reason));
		}
		return "redirect:/notices/" + noticeId + "#objection-form";
	}

	@GetMapping("/notices/{id}/objections")
	String objections(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		Notice notice = this.notices.get(Ids.parse(id));
		List<Objection> found = this.notices.objections(user, notice.getId());
		model.addAttribute("notice", notice);
		model.addAttribute("objections", found);
		model.addAttribute("subjects", subjects(found));
		model.addAttribute("titles", Map.of(notice.getId(), notice.getTitle()));
		return "notice/objections";
	}

	@GetMapping("/objections")
	String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Objection> found = this.notices.undecided(user);
		Map<Long, String> titles = new LinkedHashMap<>();
		found.forEach(o -> titles.computeIfAbsent(o.getNoticeId(), n -> this.notices.get(n).getTitle()));
		model.addAttribute("notice", null);
		model.addAttribute("objections", found);
		model.addAttribute("subjects", subjects(found));
		model.addAttribute("titles", titles);
		return "notice/objections";
	}

	@PostMapping("/objections/{id}/decision")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) Boolean upheld, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		Objection objection = this.notices.objection(user, Ids.parse(id));
		try {
			this.notices.decide(user, objection.getId(), upheld, reason);
			redirect.addFlashAttribute("flash", "notice.objection.decided");
		}
		catch (Problem problem) {
			refused(problem, redirect);
		}
		return "queue".equals(back) ? "redirect:/objections"
				: "redirect:/notices/" + objection.getNoticeId() + "/objections";
	}

	/** Shows why a form was refused; what is not there stays a 404. */
	private static void refused(Problem problem, RedirectAttributes redirect) {
		if (problem.status() == HttpStatus.NOT_FOUND || problem.status() == HttpStatus.FORBIDDEN) {
			throw problem;
		}
		if (problem instanceof FieldProblem fields && !fields.errors().isEmpty()) {
			redirect.addFlashAttribute("noticeError", fields.errors().get(0).messageKey());
			redirect.addFlashAttribute("noticeErrorArguments", fields.errors().get(0).arguments());
		}
		else {
			redirect.addFlashAttribute("noticeError", problem.messageKey());
			redirect.addFlashAttribute("noticeErrorArguments", problem.arguments());
		}
	}

	private Map<Long, NoticeSubject> subjects(List<Objection> objections) {
		Map<Long, NoticeSubject> subjects = new LinkedHashMap<>();
		objections.forEach(o -> subjects.computeIfAbsent(o.getSubjectId(), s -> this.notices.subjectOf(o)));
		return subjects;
	}

	private Map<Long, String> names(List<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		this.organisations.all(ids.stream().distinct().toList()).forEach(o -> names.put(o.getId(), o.getName()));
		return names;
	}

	/** What was typed into a refused objection form, shown again. */
	record ObjectionForm(String subjectId, String realName, String contact,
			String reason) implements java.io.Serializable {
	}

}
