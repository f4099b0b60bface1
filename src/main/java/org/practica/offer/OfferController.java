package org.practica.offer;

import org.practica.direction.Directions;
import org.practica.directory.Organisations;
import org.practica.listing.ListingController;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/offers")
class OfferController extends ListingController<Offer, OfferRequest> {

	OfferController(Offers offers, Directions directions, Organisations organisations) {
		super(offers, directions, organisations, OfferRequest::blank, OfferRequest::of);
	}

}
