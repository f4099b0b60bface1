package org.practica.round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	void ran(Instant now, String by, Map<Long, Integer> seatsByShift, int assigned, int unassigned) {
		this.ranAt = now;
		this.ranBy = by;
		this.seatsByShift = new LinkedHashMap<>(seatsByShift);
		this.seats = seatsByShift.values().stream().mapToInt(Integer::intValue).sum();
		this.assigned = assigned;
		this.unassigned = unassigned;
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

}
