package org.practica.need;

import org.practica.direction.Directions;
import org.practica.directory.Organisations;
import org.practica.listing.ListingController;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/needs")
class NeedController extends ListingController<Need, NeedRequest> {

	NeedController(Needs needs, Directions directions, Organisations organisations) {
		super(needs, directions, organisations, NeedRequest::blank, NeedRequest::of);
	}

}
