package org.practica.need;

import org.practica.listing.ListingRepository;

interface NeedRepository extends ListingRepository<Need> {

}
