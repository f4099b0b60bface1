package org.practica.onestop;

/**
 * A service's figures over a period: bookings (not cancelled) and no-shows; null where a
 * counselling figure is too small to show.
 */
public record ServiceFigure(CommunityService service, Long bookings, Long noShows) {
}
