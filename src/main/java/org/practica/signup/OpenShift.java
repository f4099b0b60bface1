package org.practica.signup;

/**
 * A shift a student may join, as the finder shows it to that student.
 *
 * @param shift the shift
 * @param distanceKm how far it is from the student's campus, or null when either has no
 * position
 * @param held the student's place on it (confirmed or waitlisted), or null
 */
public record OpenShift(Shift shift, Double distanceKm, SignupStatus held) {
}
