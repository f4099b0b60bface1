package org.practica.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.practica.need.Need;
import org.practica.offer.Offer;

/**
 * A published need or offer as the scoring sees it: directions, skills, place, dates and
 * size.
 *
 * @param id the need's or offer's id
 * @param directions the direction codes (a need has one)
 * @param directionTops their top-level codes
 * @param skills the skill tags
 * @param latitude the position, or NaN when unknown
 * @param longitude the position, or NaN when unknown
 * @param radiusKm how far the team travels (offers); 0 for needs
 * @param from the first day
 * @param to the last day
 * @param size the headcount of a need, the capacity of an offer
 * @param teamId the offer's team; 0 for needs
 */
record Listing(long id, Set<String> directions, Set<String> directionTops, List<String> skills, double latitude,
		double longitude, double radiusKm, LocalDate from, LocalDate to, int size, long teamId) {

	/** A listing of no team (a need). */
	Listing(long id, Set<String> directions, Set<String> directionTops, List<String> skills, double latitude,
			double longitude, double radiusKm, LocalDate from, LocalDate to, int size) {
		this(id, directions, directionTops, skills, latitude, longitude, radiusKm, from, to, size, 0);
	}

	static Listing of(Need need) {
		return new Listing(need.getId(), Set.of(need.getDirection()), Set.of(need.getDirectionTop()), need.getSkills(),
				need.getLatitude() == null ? Double.NaN : need.getLatitude(),
				need.getLongitude() == null ? Double.NaN : need.getLongitude(), 0, need.getStartDate(),
				need.getEndDate(), need.getHeadcount());
	}

	static Listing of(Offer offer) {
		return new Listing(offer.getId(), Set.copyOf(offer.getDirections()), Set.copyOf(offer.getDirectionTops()),
				offer.getSkills(), offer.getLatitude() == null ? Double.NaN : offer.getLatitude(),
				offer.getLongitude() == null ? Double.NaN : offer.getLongitude(), offer.getRadiusKm(),
				offer.getAvailableFrom(), offer.getAvailableTo(), offer.getCapacity(), offer.getTeamId());
	}

	boolean hasPosition() {
		return !Double.isNaN(this.latitude) && !Double.isNaN(this.longitude);
	}

}
