package org.practica.need;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.directory.CurrentUser;
import org.practica.listing.ListingApiController;
import org.practica.listing.ListingQuery;
import org.practica.support.PageResponse;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/needs")
@Tag(name = "Demand list, service list, project list")
class NeedApiController extends ListingApiController<Need, NeedRequest, NeedJson> {

	NeedApiController(Needs needs) {
		super(needs, NeedJson::of);
	}

	@Operation(summary = "Search the demand list: public needs, and the caller's own in any status")
	@GetMapping
	PageResponse<NeedJson> list(@AuthenticationPrincipal CurrentUser user, @ParameterObject ListingQuery query,
			@RequestParam(required = false) Long communityId) {
		return search(user, query, communityId);
	}

}
