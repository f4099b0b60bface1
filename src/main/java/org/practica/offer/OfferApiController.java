package org.practica.offer;

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
@RequestMapping("/api/v1/offers")
@Tag(name = "Demand list, service list, project list")
class OfferApiController {

	static final String[] SORTABLE = { "publishedAt", "availableFrom", "availableTo", "title", "capacity",
			"createdAt" };

	private final Offers offers;

	OfferApiController(Offers offers) {
		this.offers = offers;
	}

	@Operation(summary = "Create a draft offer of a team the caller leads or manages")
	@PostMapping
	@ApiResponse(responseCode = "201", description = "The draft offer")
	ResponseEntity<OfferJson> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody OfferRequest request) {
		Offer offer = this.offers.create(user, request);
		return ResponseEntity.created(URI.create("/api/v1/offers/" + offer.getId())).body(OfferJson.of(offer));
	}

	@Operation(summary = "Edit a draft or published offer")
	@PutMapping("/{id}")
	OfferJson update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody OfferRequest request) {
		return OfferJson.of(this.offers.update(user, id, request));
	}

	@Operation(summary = "Publish a draft offer on the service list")
	@PostMapping("/{id}/publish")
	OfferJson publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return OfferJson.of(this.offers.publish(user, id));
	}

	@Operation(summary = "Close a published offer")
	@PostMapping("/{id}/close")
	OfferJson close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return OfferJson.of(this.offers.close(user, id));
	}

	@Operation(summary = "Cancel an offer")
	@PostMapping("/{id}/cancel")
	OfferJson cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return OfferJson.of(this.offers.cancel(user, id));
	}

	@Operation(summary = "Search the service list: public offers, and the caller's own in any status")
	@GetMapping
	PageResponse<OfferJson> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) OfferStatus status, @RequestParam(required = false) String direction,
			@RequestParam(required = false) Long teamId, @RequestParam(required = false) String q,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		OfferSearch search = new OfferSearch(status, direction, teamId, null, q, from, to);
		return PageResponse.of(this.offers.search(user, search,
				Paging.of(page, size, sort, Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id")), SORTABLE)),
				OfferJson::of);
	}

	@Operation(summary = "One offer")
	@GetMapping("/{id}")
	OfferJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return OfferJson.of(this.offers.get(user, id));
	}

}
