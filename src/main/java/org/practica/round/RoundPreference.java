package org.practica.round;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.practica.support.AuditedEntity;

/**
 * A student's ranked choices in a round, best first; frozen once the window closes. After
 * the run it carries what the engine chose and what came of it.
 */
@Entity
public class RoundPreference extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "round_preference_seq")
	@SequenceGenerator(name = "round_preference_seq", sequenceName = "round_preference_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long roundId;

	@Column(nullable = false)
	private Long studentId;

	@Convert(converter = IdList.class)
	@Column(nullable = false)
	private List<Long> shiftIds = new ArrayList<>();

	/**
	 * The student waives a priority that cannot get them a place but blocks other
	 * students (the efficiency-adjusted pass).
	 */
	private boolean waivesPriority;

	private Long matchedShiftId;

	private Integer matchedChoice;

	@Enumerated(EnumType.STRING)
	private RoundOutcome outcome;

	protected RoundPreference() {
	}

	RoundPreference(Long roundId, Long studentId) {
		this.roundId = roundId;
		this.studentId = studentId;
	}

	void choose(List<Long> shiftIds, boolean waivesPriority) {
		this.shiftIds = new ArrayList<>(shiftIds);
		this.waivesPriority = waivesPriority;
	}

	/**
	 * Records the run's outcome: the shift the engine chose (or null) and whether it
	 * became a confirmed sign-up.
	 */
	void decided(Long matchedShiftId, RoundOutcome outcome) {
		this.matchedShiftId = matchedShiftId;
		this.matchedChoice = matchedShiftId == null ? null : this.shiftIds.indexOf(matchedShiftId) + 1;
		this.outcome = outcome;
	}

	public Long getId() {
		return this.id;
	}

	public Long getRoundId() {
		return this.roundId;
	}

	public Long getStudentId() {
		return this.studentId;
	}

	public List<Long> getShiftIds() {
		return List.copyOf(this.shiftIds);
	}

	public boolean isWaivesPriority() {
		return this.waivesPriority;
	}

	public Long getMatchedShiftId() {
		return this.matchedShiftId;
	}

	public Integer getMatchedChoice() {
		return this.matchedChoice;
	}

	public RoundOutcome getOutcome() {
		return this.outcome;
	}

}
