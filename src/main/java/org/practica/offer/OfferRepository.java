package org.practica.offer;

import org.practica.listing.ListingRepository;

interface OfferRepository extends ListingRepository<Offer> {

}
