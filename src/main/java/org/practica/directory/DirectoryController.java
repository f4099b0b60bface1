package org.practica.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.practica.support.Ids;
import org.practica.support.FieldProblem;
import org.practica.support.Paging;
import org.practica.support.Problem;
import org.practica.support.ProblemResponses;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directory's pages: the organisation trees, people, the student import and one's own
 * profile.
 */
@Controller
class DirectoryController {

	private final Organisations organisations;

	private final Accounts accounts;

	private final StudentImport studentImport;

	private final ProblemResponses problems;

	private final Passwords passwords;

	private final TeamMembers teamMembers;

	private final OrganisationImport organisationImport;

	DirectoryController(Organisations organisations, Accounts accounts, StudentImport studentImport,
			ProblemResponses problems, Passwords passwords, TeamMembers teamMembers,
			OrganisationImport organisationImport) {
		this.passwords = passwords;
		this.organisationImport = organisationImport;
		this.organisations = organisations;
		this.accounts = accounts;
		this.studentImport = studentImport;
		this.problems = problems;
		this.teamMembers = teamMembers;
	}

	@GetMapping("/organisations")
	String organisations(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("organisations", this.organisations.filterChoices(user));
		model.addAttribute("mayImport", user.isPlatformAdmin() || !importParents(user).isEmpty());
		return "directory/organisations";
	}

	@GetMapping("/organisations/{id}")
	String organisation(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Organisation organisation = this.organisations.get(id);
		boolean manages = user.manages(organisation);
		List<Organisation> ancestors = new ArrayList<>();
		for (Long parentId = organisation.getParentId(); parentId != null;) {
			Organisation parent = this.organisations.get(parentId);
			ancestors.add(parent);
			parentId = parent.getParentId();
		}
		Collections.reverse(ancestors);
		model.addAttribute("organisation", organisation);
		model.addAttribute("ancestors", ancestors);
		model.addAttribute("children",
				this.organisations.search(null, id, null, Paging.of(0, 200, null, Sort.by("name"))).getContent());
		model.addAttribute("manages", manages);
		boolean team = organisation.getKind() == OrganisationKind.TEAM;
		List<Account> members = team && (manages || this.accounts.belongsToTeam(user, id)) ? this.accounts.members(id)
				: List.of();
		model.addAttribute("members", members);
		model.addAttribute("held",
				manages ? this.teamMembers.held(id, members.stream().map(Account::getId).toList()) : Map.of());
		model.addAttribute("childKinds", childKinds(organisation.getKind()));
		return "directory/organisation";
	}

	static List<OrganisationKind> childKinds(OrganisationKind parent) {
		List<OrganisationKind> kinds = new ArrayList<>();
		for (OrganisationKind kind : OrganisationKind.values()) {
			if (parent == null ? kind.isRoot() : kind.acceptsParent(parent)) {
				kinds.add(kind);
			}
		}
		return kinds;
	}

	@GetMapping("/organisations/new")
	String newOrganisation(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long parentId,
			Model model) {
		Organisation parent = parentId == null ? null : this.organisations.getManaged(user, parentId);
		if (parent == null && !user.isPlatformAdmin()) {
			throw Problem.forbidden();
		}
		List<OrganisationKind> kinds = childKinds(parent == null ? null : parent.getKind());
		model.addAttribute("form", new NewOrganisation(null, kinds.isEmpty() ? null : kinds.get(0),
				parentId == null ? null : parentId.toString(), null, null, null));
		return organisationForm(model, parent);
	}

	private String organisationForm(Model model, Organisation parent) {
		model.addAttribute("parent", parent);
		model.addAttribute("kinds", childKinds(parent == null ? null : parent.getKind()));
		return "directory/organisation-form";
	}

	@PostMapping("/organisations")
	String createOrganisation(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") NewOrganisation form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Organisation parent = form.parentId() == null || form.parentId().isBlank() ? null
				: this.organisations.getManaged(user, Ids.parse(form.parentId()));
		if (result.hasErrors()) {
			return organisationForm(model, parent);
		}
		try {
			Organisation created = this.organisations.create(user, form);
			redirect.addFlashAttribute("flash", "organisation.created");
			return "redirect:/organisations/" + created.getId();
		}
		catch (FieldProblem problem) {
			problem.rejectInto(result);
			return organisationForm(model, parent);
		}
	}

	@PostMapping("/organisations/{teamId}/members")
	String addMember(@AuthenticationPrincipal CurrentUser user, @PathVariable Long teamId,
			@RequestParam(defaultValue = "") String username, RedirectAttributes redirect) {
		this.teamMembers.add(user, teamId, username);
		redirect.addFlashAttribute("flash", "team.member.added");
		return "redirect:/organisations/" + teamId;
	}

	@PostMapping("/organisations/{teamId}/members/{accountId}/remove")
	String removeMember(@AuthenticationPrincipal CurrentUser user, @PathVariable Long teamId,
			@PathVariable Long accountId, RedirectAttributes redirect) {
		this.teamMembers.remove(user, teamId, accountId);
		redirect.addFlashAttribute("flash", "team.member.removed");
		return "redirect:/organisations/" + teamId;
	}

	@GetMapping("/users")
	String users(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("accounts",
				this.accounts.search(user, organisationId, q, Paging.of(page, 20, null, Sort.by("username"))));
		model.addAttribute("mayImport",
				user.isPlatformAdmin() || !this.organisations.managed(user, OrganisationKind.COLLEGE).isEmpty());
		return "directory/users";
	}

	@GetMapping("/users/new")
	String newUser(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long organisationId,
			Model model) {
		if (!user.isAdmin()) {
			throw Problem.forbidden();
		}
		OrganisationKind kind = organisationId == null ? null
				: this.organisations.getManaged(user, organisationId).getKind();
		// the role held in the organisation given, a student's where it may be one
		Role role = grantableRoles(user, this.organisations.managed(user, OrganisationKind.values())).stream()
			.filter(r -> kind == null || r.heldIn(kind))
			.min(java.util.Comparator.comparing(r -> r == Role.STUDENT ? 0 : 1))
			.orElse(null);
		model.addAttribute("form", new NewAccount(null, null, null, role,
				organisationId == null ? null : organisationId.toString(), null, null, List.of(), null));
		return userForm(user, model);
	}

	private String userForm(CurrentUser user, Model model) {
		List<Organisation> managed = this.organisations.managed(user, OrganisationKind.values());
		model.addAttribute("roles", grantableRoles(user, managed));
		model.addAttribute("organisations", managed);
		return "directory/user-form";
	}

	/**
	 * The roles a person may give: those held in a kind of organisation they manage, and
	 * the platform admin's own to the platform admin.
	 */
	static List<Role> grantableRoles(CurrentUser user, List<Organisation> managed) {
		java.util.Set<OrganisationKind> kinds = java.util.EnumSet.noneOf(OrganisationKind.class);
		managed.forEach(o -> kinds.add(o.getKind()));
		return java.util.Arrays.stream(Role.values())
			.filter(r -> r == Role.PLATFORM_ADMIN ? user.isPlatformAdmin() : kinds.stream().anyMatch(r::heldIn))
			.toList();
	}

	@PostMapping("/users")
	String createUser(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") NewAccount form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return userForm(user, model);
		}
		try {
			this.accounts.create(user, form);
			redirect.addFlashAttribute("flash", "account.created");
			return "redirect:/users";
		}
		catch (FieldProblem problem) {
			problem.rejectInto(result);
		}
		catch (Problem problem) {
			if (problem.status().value() != 409) {
				throw problem;
			}
			result.rejectValue("username", problem.messageKey(), problem.arguments(), problem.messageKey());
		}
		return userForm(user, model);
	}

	@GetMapping("/users/{id}/edit")
	String editUser(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Account account = this.accounts.managed(user, id);
		model.addAttribute("form",
				new AccountEdit(account.getDisplayName(), account.getEmail(), account.getPhone(), null));
		return userEditForm(account, model);
	}

	private String userEditForm(Account account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("home",
				account.getOrganisationId() == null ? null : this.organisations.get(account.getOrganisationId()));
		return "directory/user-edit";
	}

	@PostMapping("/users/{id}")
	String saveUser(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") AccountEdit form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Account account = this.accounts.managed(user, id);
		if (!result.hasErrors()) {
			try {
				this.accounts.edit(user, id, new AccountEdit(form.displayName(), form.email(), form.phone(), null));
				redirect.addFlashAttribute("flash", "account.saved");
				return "redirect:/users/" + id + "/edit";
			}
			catch (FieldProblem problem) {
				problem.rejectInto(result);
			}
		}
		return userEditForm(account, model);
	}

	@PostMapping("/users/{id}/disable")
	String disableUser(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.accounts.enable(user, id, false);
		redirect.addFlashAttribute("flash", "account.disabled");
		return "redirect:/users/" + id + "/edit";
	}

	@PostMapping("/users/{id}/enable")
	String enableUser(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.accounts.enable(user, id, true);
		redirect.addFlashAttribute("flash", "account.enabled");
		return "redirect:/users/" + id + "/edit";
	}

	@PostMapping("/users/{id}/password-reset")
	String sendReset(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		boolean mailed = this.passwords.sendReset(user, id);
		redirect.addFlashAttribute("flash", mailed ? "account.reset.sent" : "account.reset.sent-no-email");
		return "redirect:/users/" + id + "/edit";
	}

	@GetMapping("/organisations/import")
	String organisationImportForm(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long parentId, Model model) {
		model.addAttribute("parents",
				importParents(user).stream().sorted(java.util.Comparator.comparing(Organisation::getPath)).toList());
		model.addAttribute("topLevel", user.isPlatformAdmin());
		model.addAttribute("parentId", parentId);
		return "directory/organisation-import";
	}

	/**
	 * The organisations a person may choose to import organisations under: those they
	 * manage that take some; for the platform admin, the universities and districts (a
	 * file names anything deeper as a row's parent).
	 */
	private List<Organisation> importParents(CurrentUser user) {
		if (user.isPlatformAdmin()) {
			return this.organisations.managed(user, OrganisationKind.UNIVERSITY, OrganisationKind.DISTRICT);
		}
		return this.organisations.managed(user, OrganisationKind.UNIVERSITY, OrganisationKind.COLLEGE,
				OrganisationKind.DISTRICT, OrganisationKind.STREET);
	}

	@PostMapping("/organisations/import")
	String importOrganisations(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long parentId,
			@RequestParam("file") MultipartFile file, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			int imported = this.organisationImport.run(user, parentId, file);
			redirect.addFlashAttribute("imported", imported);
			return parentId == null ? "redirect:/organisations/import"
					: "redirect:/organisations/import?parentId=" + parentId;
		}
		catch (FieldProblem problem) {
			model.addAttribute("errors", this.problems.errors(problem.errors(), locale));
			return organisationImportForm(user, parentId, model);
		}
	}

	@GetMapping("/users/import")
	String importForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("colleges", this.organisations.managed(user, OrganisationKind.COLLEGE));
		return "directory/import";
	}

	@PostMapping("/users/import")
	String importStudents(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			@RequestParam("file") MultipartFile file, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			int imported = this.studentImport.run(user, organisationId, file);
			redirect.addFlashAttribute("imported", imported);
			return "redirect:/users/import";
		}
		catch (FieldProblem problem) {
			model.addAttribute("errors", this.problems.errors(problem.errors(), locale));
			return importForm(user, model);
		}
	}

	@GetMapping("/profile")
	String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
		Account account = this.accounts.me(user);
		model.addAttribute("account", account);
		model.addAttribute("form", new ProfileForm(account.getDisplayName(), account.getMajor(),
				String.join(", ", account.getSkills()), account.getPhone(), account.getEmail()));
		model.addAttribute("teams", this.accounts.teamsOf(user.id()));
		model.addAttribute("home",
				account.getOrganisationId() == null ? null : this.organisations.get(account.getOrganisationId()));
		return "directory/profile";
	}

	@PostMapping("/profile")
	String saveProfile(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.updateProfile(user, form);
				redirect.addFlashAttribute("flash", "profile.saved");
				return "redirect:/profile";
			}
			catch (FieldProblem problem) {
				problem.rejectInto(result);
			}
		}
		Account account = this.accounts.me(user);
		model.addAttribute("account", account);
		model.addAttribute("teams", this.accounts.teamsOf(user.id()));
		model.addAttribute("home",
				account.getOrganisationId() == null ? null : this.organisations.get(account.getOrganisationId()));
		return "directory/profile";
	}

}
