package org.practica.round;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The published criteria by which a shift ranks its applicants, as a score out of 100:
 * skills the need asks for that the student has (40), the student's major named by the
 * need (10), the distance from the student's campus to the shift (30, falling to nothing
 * at 50 km), and being free at the shift's time (20; a student holding an overlapping
 * shift is not ranked at all, as the shift could not take them). Ties are broken by a
 * lottery value drawn from the round's recorded seed and the student's id.
 */
final class Criteria {

	static final int SKILLS = 40;

	static final int MAJOR = 10;

	static final int DISTANCE = 30;

	static final int AVAILABILITY = 20;

	static final double DISTANCE_LIMIT_KM = 50;

	private Criteria() {
	}

	/**
	 * The score of a student for a shift.
	 * @param studentSkills the student's skills
	 * @param major the student's major, or null
	 * @param needSkills the skills the shift's need asks for
	 * @param needText the need's title and description
	 * @param distanceKm from the student's campus to the shift, or null when either
	 * position is unknown
	 * @param available whether the student holds no overlapping shift
	 * @return 0 to 100
	 */
	static int score(List<String> studentSkills, String major, List<String> needSkills, String needText,
			Double distanceKm, boolean available) {
		double score = 0;
		if (!needSkills.isEmpty()) {
			Set<String> has = new HashSet<>();
			studentSkills.forEach(s -> has.add(normal(s)));
			long matched = needSkills.stream().map(Criteria::normal).filter(has::contains).count();
			score += SKILLS * (double) matched / needSkills.size();
		}
		if (majorFits(major, needSkills, needText)) {
			score += MAJOR;
		}
		if (distanceKm != null) {
			score += DISTANCE * Math.max(0, 1 - distanceKm / DISTANCE_LIMIT_KM);
		}
		if (available) {
			score += AVAILABILITY;
		}
		return (int) Math.round(score);
	}

	static boolean majorFits(String major, List<String> needSkills, String needText) {
		if (major == null || major.isBlank()) {
			return false;
		}
		String m = normal(major);
		return (needText != null && normal(needText).contains(m))
				|| needSkills.stream().map(Criteria::normal).anyMatch(s -> !s.isEmpty() && m.contains(s));
	}

	/**
	 * The lottery value of a student in a round: a SplitMix64 mix of the seed and the id,
	 * the same every time it is computed. Lower wins a tie.
	 */
	static long lottery(long seed, long studentId) {
		long z = seed + 0x9E3779B97F4A7C15L * (studentId + 1);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static String normal(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

}
