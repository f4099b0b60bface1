package org.practica.listing;

import java.net.URI;
import java.util.function.Function;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.practica.directory.CurrentUser;
import org.practica.support.PageResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The API of a kind of listing, under {@code /api/v1} and its path: create, edit, the
 * steps of its life, one listing. The kind adds its search, whose owner parameter it
 * names.
 *
 * @param <T> the listing
 * @param <R> what a caller writes
 * @param <J> the listing as the API shows it
 */
public abstract class ListingApiController<T extends Listing, R extends ListingRequest, J> {

	private final Listings<T, R> listings;

	private final Function<T, J> json;

	protected ListingApiController(Listings<T, R> listings, Function<T, J> json) {
		this.listings = listings;
		this.json = json;
	}

	@Operation(summary = "Create a draft of an organisation the caller manages")
	@PostMapping
	@ApiResponse(responseCode = "201", description = "The draft")
	ResponseEntity<J> create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody R request) {
		T listing = this.listings.create(user, request);
		URI location = URI.create("/api/v1" + this.listings.kind().path() + "/" + listing.getId());
		return ResponseEntity.created(location).body(this.json.apply(listing));
	}

	@Operation(summary = "Edit a draft or a published one")
	@PutMapping("/{id}")
	J update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @Valid @RequestBody R request) {
		return this.json.apply(this.listings.update(user, id, request));
	}

	@Operation(summary = "Publish a draft on the public list")
	@PostMapping("/{id}/publish")
	J publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return this.json.apply(this.listings.publish(user, id));
	}

	@Operation(summary = "Close a published one")
	@PostMapping("/{id}/close")
	J close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return this.json.apply(this.listings.close(user, id));
	}

	@Operation(summary = "Cancel a draft or a published one")
	@PostMapping("/{id}/cancel")
	J cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return this.json.apply(this.listings.cancel(user, id));
	}

	@Operation(summary = "One, if the caller may see it")
	@GetMapping("/{id}")
	J get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return this.json.apply(this.listings.get(user, id));
	}

	/**
	 * The public ones, and the caller's own in any status, matching the query and, when
	 * given, of one owner.
	 */
	protected PageResponse<J> search(CurrentUser user, ListingQuery query, Long ownerId) {
		return PageResponse.of(this.listings.search(user, query.toSearch(query.status(), ownerId, null),
				query.pageable(this.listings.kind())), this.json);
	}

}
