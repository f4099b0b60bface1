package org.practica.need;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.directory.CurrentUser;
import org.practica.support.PageResponse;
import org.practica.support.Paging;

import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/needs")
@Tag(name = "Demand list, service list, project list")
class NeedApiController {

	static final String[] SORTABLE = { "publishedAt", "startDate", "endDate", "title", "headcount", "createdAt" };

	private final Needs needs;

	NeedApiController(Needs needs) {
		this.needs = needs;
	}

	@Operation(summary = "Create a draft need of a community the caller manages")
	@PostMapping
	@ApiResponse(responseCode = "201", description = "The draft need")
	ResponseEntity<NeedJson> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody NeedRequest request) {
		Need need = this.needs.create(user, request);
		return ResponseEntity.created(URI.create("/api/v1/needs/" + need.getId())).body(NeedJson.of(need));
	}

	@Operation(summary = "Edit a draft or published need")
	@PutMapping("/{id}")
	NeedJson update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody NeedRequest request) {
		return NeedJson.of(this.needs.update(user, id, request));
	}

	@Operation(summary = "Publish a draft need on the demand list")
	@PostMapping("/{id}/publish")
	NeedJson publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return NeedJson.of(this.needs.publish(user, id));
	}

	@Operation(summary = "Close a published need")
	@PostMapping("/{id}/close")
	NeedJson close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return NeedJson.of(this.needs.close(user, id));
	}

	@Operation(summary = "Cancel a need")
	@PostMapping("/{id}/cancel")
	NeedJson cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return NeedJson.of(this.needs.cancel(user, id));
	}

	@Operation(summary = "Search the demand list: public needs, and the caller's own in any status")
	@GetMapping
	PageResponse<NeedJson> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) NeedStatus status, @RequestParam(required = false) String direction,
			@RequestParam(required = false) Long communityId, @RequestParam(required = false) String q,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		NeedSearch search = new NeedSearch(status, direction, communityId, null, q, from, to);
		return PageResponse.of(this.needs.search(user, search,
				Paging.of(page, size, sort, Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id")), SORTABLE)),
				NeedJson::of);
	}

	@Operation(summary = "One need")
	@GetMapping("/{id}")
	NeedJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return NeedJson.of(this.needs.get(user, id));
	}

}
