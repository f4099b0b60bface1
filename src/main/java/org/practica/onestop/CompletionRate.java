package org.practica.onestop;

import java.util.List;

import org.practica.directory.Account;

/**
 * How many of an organisation's students have completed a course, and who has not.
 *
 * @param course the course
 * @param students the students who take it
 * @param completed those who passed it
 * @param missing those who have not, by name
 * @param overdue whether its deadline has passed
 */
public record CompletionRate(Course course, int students, int completed, List<Account> missing, boolean overdue) {

	/** The share completed, in whole per cent. */
	public int percent() {
		return this.students == 0 ? 0 : this.completed * 100 / this.students;
	}

}
