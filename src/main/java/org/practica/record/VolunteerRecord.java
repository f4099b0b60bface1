package org.practica.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A volunteer's record in the five parts of the Ministry of Civil Affairs' rules
 * (志愿服务记录与证明出具办法): the person, the service, training, awards and evaluations. An empty
 * list is a part with nothing yet; {@code trainingKept} says whether anything keeps
 * training at all.
 *
 * @param person who
 * @param service the verified hours, one line per project
 * @param totalHours all verified hours
 * @param trainingKept whether any module keeps training
 * @param training completed training
 * @param awards awards received
 * @param evaluations public ratings received
 */
public record VolunteerRecord(Person person, List<Service> service, BigDecimal totalHours, boolean trainingKept,
		List<TrainingRecord> training, List<Award> awards, List<Rating> evaluations) {

	/**
	 * The person. The ID number is whole only for its owner; masked for everyone else.
	 *
	 * @param id the account
	 * @param name the name
	 * @param studentNumber the student number
	 * @param college the college
	 * @param university the university
	 * @param idType the ID document's type, or null
	 * @param idNumber the ID number, whole or masked as the reader may see it
	 * @param volunteerNumber the national volunteer number, or null
	 */
	public record Person(Long id, String name, String studentNumber, String college, String university, String idType,
			String idNumber, String volunteerNumber) {
	}

	/**
	 * One project's verified service.
	 *
	 * @param projectId the project
	 * @param project its title
	 * @param direction its direction, as a reader reads it
	 * @param community the community it served
	 * @param firstDay the first day served
	 * @param lastDay the last
	 * @param hours the verified hours
	 */
	public record Service(Long projectId, String project, String direction, String community, LocalDate firstDay,
			LocalDate lastDay, BigDecimal hours) {
	}

	/**
	 * An award.
	 *
	 * @param year its year
	 * @param title the call's title
	 * @param organisation who awarded it
	 */
	public record Award(int year, String title, String organisation) {
	}

	/**
	 * A public rating received.
	 *
	 * @param project the project's title
	 * @param average the average score
	 * @param comment what was said
	 * @param publishedOn the day it became public
	 */
	public record Rating(String project, double average, String comment, LocalDate publishedOn) {
	}

}
