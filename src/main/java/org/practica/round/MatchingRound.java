package org.practica.round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.practica.directory.Organisation;
import org.practica.matching.Fairness;
import org.practica.support.AuditedEntity;
import org.practica.support.Problem;

/**
 * A matching round (匹配轮次) of a university or district over a set of shifts: students rank
 * up to {@code maxChoices} of them while the window is open, and after it closes an admin
 * runs it once. The lottery seed is drawn when the round is created and kept, and the run
 * records its seats, so the result can be recomputed from what is stored.
 */
@Entity
@Table(name = "matching_round")
public class MatchingRound extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matching_round_seq")
	@SequenceGenerator(name = "matching_round_seq", sequenceName = "matching_round_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private String organisationPath;

	@Convert(converter = IdList.class)
	@Column(nullable = false)
	private List<Long> shiftIds = new ArrayList<>();

	private int maxChoices;

	@Column(nullable = false)
	private Instant opensAt;

	@Column(nullable = false)
	private Instant closesAt;

	private long seed;

	private Instant ranAt;

	private String ranBy;

	/** The free seats of each shift when the round ran. */
	@ElementCollection
	@CollectionTable(name = "matching_round_seat", joinColumns = @JoinColumn(name = "round_id"))
	@MapKeyColumn(name = "shift_id")
	@Column(name = "seats")
	private Map<Long, Integer> seatsByShift = new LinkedHashMap<>();

	private int seats;

	private int assigned;

	private int unassigned;

	private int applicants;

	private int consenting;

	private int placed;

	private int firstChoice;

	private int topThree;

	private long justifiedEnvy;

	private int plainPlaced;

	private int plainFirstChoice;

	private int plainTopThree;

	private int firstComePlaced;

	private int firstComeFirstChoice;

	private int firstComeTopThree;

	private long firstComeJustifiedEnvy;

	protected MatchingRound() {
	}

	MatchingRound(String title, Organisation organisation, List<Long> shiftIds, int maxChoices, Instant opensAt,
			Instant closesAt, long seed) {
		this.title = title;
		this.organisationId = organisation.getId();
		this.organisationPath = organisation.getPath();
		this.shiftIds = new ArrayList<>(shiftIds);
		this.maxChoices = maxChoices;
		this.opensAt = opensAt;
		this.closesAt = closesAt;
		this.seed = seed;
	}

	public RoundStatus status(Instant now) {
		if (this.ranAt != null) {
			return RoundStatus.RUN;
		}
		if (now.isBefore(this.opensAt)) {
			return RoundStatus.UPCOMING;
		}
		return now.isBefore(this.closesAt) ? RoundStatus.OPEN : RoundStatus.CLOSED;
	}

	/** Refuses choices outside the window. */
	void checkTakesChoices(Instant now) {
		if (status(now) != RoundStatus.OPEN) {
			throw Problem.conflict("round.window.closed");
		}
	}

	/** Refuses a run before the window closes, and a second run. */
	void checkMayRun(Instant now) {
		if (this.ranAt != null) {
			throw Problem.conflict("round.run.already");
		}
		if (now.isBefore(this.closesAt)) {
			throw Problem.conflict("round.run.too-early");
		}
	}

	/**
	 * Records the run: the free seats it filled, each applicant's outcome, and how many
	 * were assigned and not. A student who ranked nothing counts as neither.
	 * @param seatsByShift the free seats of each shift when it ran
	 * @param preferences every applicant's ranked choices
	 * @param run what the engine chose and what came of it
	 */
	void ran(Instant now, String by, Map<Long, Integer> seatsByShift, List<RoundPreference> preferences, Run run) {
		checkMayRun(now);
		int assigned = 0;
		int unassigned = 0;
		for (RoundPreference preference : preferences) {
			Long student = preference.getStudentId();
			Long matched = run.assignment().get(student);
			RoundOutcome outcome = outcome(matched != null, run.admitted().contains(student),
					!preference.getShiftIds().isEmpty(), run.availableSomewhere().contains(student));
			preference.decided(matched, outcome);
			if (outcome == RoundOutcome.ASSIGNED) {
				assigned++;
			}
			else if (outcome != RoundOutcome.NO_CHOICES) {
				unassigned++;
			}
		}
		this.ranAt = now;
		this.ranBy = by;
		this.seatsByShift = new LinkedHashMap<>(seatsByShift);
		this.seats = seatsByShift.values().stream().mapToInt(Integer::intValue).sum();
		this.assigned = assigned;
		this.unassigned = unassigned;
		this.applicants = run.adjusted().students();
		this.consenting = run.consenting();
		this.placed = run.adjusted().placed();
		this.firstChoice = run.adjusted().firstChoice();
		this.topThree = run.adjusted().topThree();
		this.justifiedEnvy = run.adjusted().justifiedEnvy();
		this.plainPlaced = run.plain().placed();
		this.plainFirstChoice = run.plain().firstChoice();
		this.plainTopThree = run.plain().topThree();
		this.firstComePlaced = run.firstCome().placed();
		this.firstComeFirstChoice = run.firstCome().firstChoice();
		this.firstComeTopThree = run.firstCome().topThree();
		this.firstComeJustifiedEnvy = run.firstCome().justifiedEnvy();
	}

	/**
	 * What the run bought, as recorded: the engine's assignment beside plain deferred
	 * acceptance and a first-come simulation on the same choices.
	 */
	public RoundFairness fairness() {
		return new RoundFairness(this.applicants, this.consenting,
				new RoundFairness.Figures(this.placed, this.firstChoice, this.topThree, this.justifiedEnvy),
				new RoundFairness.Figures(this.plainPlaced, this.plainFirstChoice, this.plainTopThree, 0),
				new RoundFairness.Figures(this.firstComePlaced, this.firstComeFirstChoice, this.firstComeTopThree,
						this.firstComeJustifiedEnvy));
	}

	/**
	 * What the run meant for one student: assigned when the engine chose a shift and the
	 * place was confirmed, refused when it could not be; with no shift, no choices,
	 * filled by others ranked higher, or unavailable at the time of every choice.
	 * @param matched whether the engine chose a shift for them
	 * @param admitted whether that place became a confirmed sign-up
	 * @param choseAny whether they ranked any shift
	 * @param availableSomewhere whether they were free at the time of at least one choice
	 */
	static RoundOutcome outcome(boolean matched, boolean admitted, boolean choseAny, boolean availableSomewhere) {
		if (matched) {
			return admitted ? RoundOutcome.ASSIGNED : RoundOutcome.REFUSED;
		}
		if (!choseAny) {
			return RoundOutcome.NO_CHOICES;
		}
		return availableSomewhere ? RoundOutcome.FILLED : RoundOutcome.UNAVAILABLE;
	}

	public boolean hasRun() {
		return this.ranAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getOrganisationPath() {
		return this.organisationPath;
	}

	public List<Long> getShiftIds() {
		return List.copyOf(this.shiftIds);
	}

	public int getMaxChoices() {
		return this.maxChoices;
	}

	public Instant getOpensAt() {
		return this.opensAt;
	}

	public Instant getClosesAt() {
		return this.closesAt;
	}

	public long getSeed() {
		return this.seed;
	}

	public Instant getRanAt() {
		return this.ranAt;
	}

	public String getRanBy() {
		return this.ranBy;
	}

	public Map<Long, Integer> getSeatsByShift() {
		return Map.copyOf(this.seatsByShift);
	}

	public int getSeats() {
		return this.seats;
	}

	public int getAssigned() {
		return this.assigned;
	}

	public int getUnassigned() {
		return this.unassigned;
	}

	/**
	 * What a run produced, before it is recorded.
	 *
	 * @param assignment per student who applied, the shift the engine chose, or null
	 * @param admitted the students whose place became a confirmed sign-up
	 * @param availableSomewhere the students free at the time of at least one of their
	 * choices
	 * @param adjusted the figures of the engine's assignment
	 * @param plain the figures of plain deferred acceptance
	 * @param firstCome the figures of the first-come simulation
	 * @param consenting how many applicants consented to waive their priority
	 */
	record Run(Map<Long, Long> assignment, Set<Long> admitted, Set<Long> availableSomewhere, Fairness adjusted,
			Fairness plain, Fairness firstCome, int consenting) {
	}

}
