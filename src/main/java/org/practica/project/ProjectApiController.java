package org.practica.project;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisations;
import org.practica.support.Ids;
import org.practica.support.PageResponse;
import org.practica.support.Paging;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.practica.support.Ids.text;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Demand list, service list, project list")
class ProjectApiController {

	private final Suggestions suggestions;

	private final Projects projects;

	private final Organisations organisations;

	private final ReasonTexts texts;

	private final java.time.ZoneId zone;

	ProjectApiController(Suggestions suggestions, Projects projects, Organisations organisations, ReasonTexts texts,
			org.practica.support.PlatformSettings platform) {
		this.zone = platform.zone();
		this.suggestions = suggestions;
		this.projects = projects;
		this.organisations = organisations;
		this.texts = texts;
	}

	@Operation(summary = "The published offers that best fit a need, best first, with the reasons for each score")
	@GetMapping("/needs/{id}/suggestions")
	Map<String, List<SuggestionJson>> forNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "20") int limit, Locale locale) {
		return Map.of("items",
				this.suggestions.forNeed(user, id, limit)
					.stream()
					.map(s -> SuggestionJson.of(s, "offerId", this.texts, locale))
					.toList());
	}

	@Operation(summary = "The published needs that best fit an offer, best first, with the reasons for each score")
	@GetMapping("/offers/{id}/suggestions")
	Map<String, List<SuggestionJson>> forOffer(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "20") int limit, Locale locale) {
		return Map.of("items",
				this.suggestions.forOffer(user, id, limit)
					.stream()
					.map(s -> SuggestionJson.of(s, "needId", this.texts, locale))
					.toList());
	}

	@Operation(summary = "Say the caller's side wants this need–offer pair; when both sides have, the project exists")
	@PostMapping("/interests")
	@ApiResponse(responseCode = "201", description = "The interest, with the project once both sides have said so")
	ResponseEntity<InterestJson> interest(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody InterestRequest request) {
		Interest interest = this.projects.markInterest(user, Ids.parse(request.needId()), Ids.parse(request.offerId()));
		return ResponseEntity.status(HttpStatus.CREATED).body(InterestJson.of(interest));
	}

	@Operation(summary = "Turn a published need into a project that recruits individual students")
	@PostMapping("/projects")
	@ApiResponse(responseCode = "201", description = "The new project")
	ResponseEntity<ProjectJson> recruit(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody RecruitRequest request) {
		Project project = this.projects.recruit(user, Ids.parse(request.needId()));
		return ResponseEntity.created(URI.create("/api/v1/projects/" + project.getId()))
			.body(ProjectJson.of(project, this.zone));
	}

	@Operation(summary = "The project list the caller may see")
	@GetMapping("/projects")
	PageResponse<ProjectJson> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long needId, @RequestParam(required = false) Long offerId,
			@RequestParam(required = false) Long organisationId, @RequestParam(required = false) ProjectStatus status,
			@RequestParam(required = false) String direction, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		String path = organisationId == null ? null : this.organisations.get(organisationId).getPath();
		return PageResponse.of(this.projects.search(user, new ProjectSearch(needId, offerId, path, status, direction),
				Paging.of(page, size, sort, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")), "createdAt",
						"title", "status")),
				p -> ProjectJson.of(p, this.zone));
	}

	@Operation(summary = "One project")
	@GetMapping("/projects/{id}")
	ProjectJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return ProjectJson.of(this.projects.get(user, id), this.zone);
	}

	@Operation(summary = "Mark a project completed")
	@PostMapping("/projects/{id}/complete")
	ProjectJson complete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return ProjectJson.of(this.projects.complete(user, id), this.zone);
	}

	@Operation(summary = "Cancel a project")
	@PostMapping("/projects/{id}/cancel")
	ProjectJson cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return ProjectJson.of(this.projects.cancel(user, id), this.zone);
	}

	record InterestRequest(@NotBlank(message = "{fair.need.required}") String needId,
			@NotBlank(message = "{fair.offer.required}") String offerId) {
	}

	record RecruitRequest(@NotBlank(message = "{fair.need.required}") String needId) {
	}

	record InterestJson(String id, String needId, String offerId, boolean fromCommunity, boolean fromTeam,
			String projectId) {

		static InterestJson of(Interest i) {
			return new InterestJson(text(i.getId()), text(i.getNeedId()), text(i.getOfferId()), i.isFromCommunity(),
					i.isFromTeam(), text(i.getProjectId()));
		}

	}

	record ProjectJson(String id, String title, String needId, String offerId, String communityId, String teamId,
			String status, String direction, java.time.OffsetDateTime completedAt) {

		static ProjectJson of(Project p, java.time.ZoneId zone) {
			return new ProjectJson(text(p.getId()), p.getTitle(), text(p.getNeedId()), text(p.getOfferId()),
					text(p.getCommunityId()), text(p.getTeamId()), p.getStatus().name(), p.getDirection(),
					(p.getCompletedAt() == null) ? null : java.time.OffsetDateTime
						.ofInstant(p.getCompletedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), zone));
		}

	}

	record ReasonJson(String factor, double score, String detail) {
	}

	/** A suggestion; the counterpart's id is named {@code offerId} or {@code needId}. */
	static final class SuggestionJson extends java.util.LinkedHashMap<String, Object> {

		static SuggestionJson of(Suggestion s, String idField, ReasonTexts texts, Locale locale) {
			SuggestionJson json = new SuggestionJson();
			json.put(idField, String.valueOf(s.counterpartId()));
			json.put("score", s.score());
			json.put("reasons", s.reasons()
				.stream()
				.map(r -> new ReasonJson(r.factor(), Math.round(r.score() * 10) / 10.0, texts.detail(r, locale)))
				.toList());
			return json;
		}

	}

}
