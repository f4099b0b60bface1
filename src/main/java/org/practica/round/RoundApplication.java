package org.practica.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * One student's application to one shift as a run saw it: its place in the student's
 * list, whether the student was free at that time, the criteria score and the lottery
 * value, the student's consent and arrival. The shift's ranking, the efficiency-adjusted
 * pass and the first-come simulation are rebuilt from these rows alone.
 */
@Entity
public class RoundApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "round_application_seq")
	@SequenceGenerator(name = "round_application_seq", sequenceName = "round_application_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long roundId;

	@Column(nullable = false)
	private Long studentId;

	@Column(nullable = false)
	private Long shiftId;

	private int choice;

	private boolean available;

	private int score;

	private long lottery;

	/** The student consented to waive a priority that blocks others. */
	private boolean waivesPriority;

	/** The order in which the student first submitted choices, 1 = first. */
	private int arrival;

	protected RoundApplication() {
	}

	RoundApplication(Long roundId, Long studentId, Long shiftId, int choice, boolean available, int score, long lottery,
			boolean waivesPriority, int arrival) {
		this.roundId = roundId;
		this.studentId = studentId;
		this.shiftId = shiftId;
		this.choice = choice;
		this.available = available;
		this.score = score;
		this.lottery = lottery;
		this.waivesPriority = waivesPriority;
		this.arrival = arrival;
	}

	public Long getRoundId() {
		return this.roundId;
	}

	public Long getStudentId() {
		return this.studentId;
	}

	public Long getShiftId() {
		return this.shiftId;
	}

	public int getChoice() {
		return this.choice;
	}

	public boolean isAvailable() {
		return this.available;
	}

	public int getScore() {
		return this.score;
	}

	public long getLottery() {
		return this.lottery;
	}

	public boolean isWaivesPriority() {
		return this.waivesPriority;
	}

	public int getArrival() {
		return this.arrival;
	}

}
