package org.practica.directory;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.support.Ids;
import org.practica.support.PageResponse;
import org.practica.support.Paging;

import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory")
class DirectoryApiController {

	private final Organisations organisations;

	private final Accounts accounts;

	private final StudentImport studentImport;

	private final OrganisationImport organisationImport;

	private final TeamMembers teamMembers;

	DirectoryApiController(Organisations organisations, Accounts accounts, StudentImport studentImport,
			OrganisationImport organisationImport, TeamMembers teamMembers) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.studentImport = studentImport;
		this.organisationImport = organisationImport;
		this.teamMembers = teamMembers;
	}

	@Operation(summary = "Add an organisation under one the caller manages")
	@PostMapping("/organisations")
	@ApiResponse(responseCode = "201", description = "The new organisation")
	ResponseEntity<DirectoryJson.OrganisationJson> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody NewOrganisation request) {
		Organisation organisation = this.organisations.create(user, request);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + organisation.getId()))
			.body(DirectoryJson.OrganisationJson.of(organisation));
	}

	@Operation(summary = "List organisations by kind and parent")
	@GetMapping("/organisations")
	PageResponse<DirectoryJson.OrganisationJson> list(@RequestParam(required = false) OrganisationKind kind,
			@RequestParam(required = false) Long parentId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return PageResponse.of(
				this.organisations.search(kind, parentId, q,
						Paging.of(page, size, sort, Sort.by("name"), "name", "kind", "createdAt")),
				DirectoryJson.OrganisationJson::of);
	}

	@Operation(summary = "One organisation")
	@GetMapping("/organisations/{id}")
	DirectoryJson.OrganisationJson get(@PathVariable Long id) {
		return DirectoryJson.OrganisationJson.of(this.organisations.get(id));
	}

	@Operation(summary = "Add a student to a team")
	@PostMapping("/organisations/{teamId}/members")
	@ApiResponse(responseCode = "201", description = "The student is a member of the team")
	ResponseEntity<Map<String, String>> addMember(@AuthenticationPrincipal CurrentUser user, @PathVariable Long teamId,
			@Valid @RequestBody MemberRequest request) {
		this.accounts.addMember(user, teamId, Ids.parse(request.userId()));
		return ResponseEntity.status(201).body(Map.of("teamId", teamId.toString(), "userId", request.userId()));
	}

	@Operation(summary = "Remove a student from a team",
			description = "By one who manages the team. The student's places on the coming shifts of the team's "
					+ "projects are given up with it (the waitlist moves up); 409 while the student serves on a "
					+ "shift of the team under way; 404 when the student is not a member.")
	@DeleteMapping("/organisations/{teamId}/members/{userId}")
	@ApiResponse(responseCode = "204", description = "The student is no longer a member")
	ResponseEntity<Void> removeMember(@AuthenticationPrincipal CurrentUser user, @PathVariable Long teamId,
			@PathVariable Long userId) {
		this.teamMembers.remove(user, teamId, userId);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The members of a team")
	@GetMapping("/organisations/{teamId}/members")
	PageResponse<DirectoryJson.AccountJson> members(@AuthenticationPrincipal CurrentUser user,
			@PathVariable Long teamId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Organisation team = this.organisations.get(teamId);
		if (!user.manages(team) && !this.accounts.belongsToTeam(user, teamId)) {
			throw org.practica.support.Problem.forbidden();
		}
		return PageResponse.of(this.accounts.members(teamId), page, size, DirectoryJson.AccountJson::member);
	}

	@Operation(summary = "Create an account inside an organisation the caller manages")
	@PostMapping("/users")
	@ApiResponse(responseCode = "201", description = "The new account")
	ResponseEntity<DirectoryJson.AccountJson> createUser(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody NewAccount request) {
		Account account = this.accounts.create(user, request);
		return ResponseEntity.created(URI.create("/api/v1/users/" + account.getId()))
			.body(DirectoryJson.AccountJson.of(account));
	}

	@Operation(summary = "Accounts in the organisations the caller manages")
	@GetMapping("/users")
	PageResponse<DirectoryJson.AccountJson> users(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long organisationId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return PageResponse.of(
				this.accounts.search(user, organisationId, q,
						Paging.of(page, size, sort, Sort.by("username"), "username", "displayName", "createdAt")),
				DirectoryJson.AccountJson::of);
	}

	@Operation(summary = "One account, if the caller may see it")
	@GetMapping("/users/{id}")
	DirectoryJson.AccountJson user(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		Account account = this.accounts.get(user, id);
		return user.id().equals(account.getId()) ? DirectoryJson.AccountJson.own(account)
				: DirectoryJson.AccountJson.of(account);
	}

	@Operation(summary = "Import students from a CSV or XLSX file: all rows or none")
	@PostMapping(path = "/users/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Map<String, Integer> importStudents(@AuthenticationPrincipal CurrentUser user,
			@RequestPart("file") MultipartFile file, @RequestParam("organisationId") Long organisationId) {
		int imported = this.studentImport.run(user, organisationId, file);
		return Map.of("imported", imported);
	}

	@Operation(summary = "Import organisations from a CSV or XLSX file: all rows or none",
			description = "Columns name, kind, parent (a name or an id), address, latitude, longitude. A row "
					+ "without a parent goes under parentId; a parent is an earlier row of the file or an "
					+ "organisation the caller manages.")
	@PostMapping(path = "/organisations/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Map<String, Integer> importOrganisations(@AuthenticationPrincipal CurrentUser user,
			@RequestPart("file") MultipartFile file, @RequestParam(name = "parentId", required = false) Long parentId) {
		return Map.of("imported", this.organisationImport.run(user, parentId, file));
	}

	record MemberRequest(@jakarta.validation.constraints.NotBlank(message = "{team.member.required}") String userId) {
	}

}
