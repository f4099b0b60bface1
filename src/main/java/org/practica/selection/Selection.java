package org.practica.selection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import org.practica.support.AuditedEntity;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

/**
 * A judged call for cases: its units, rubric, judges per case and the deadline for
 * submissions; assigned, then closed with its results frozen.
 */
@Entity
public class Selection extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selection_seq")
	@SequenceGenerator(name = "selection_seq", sequenceName = "selection_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private String organisationPath;

	@Column(nullable = false)
	private String title;

	/** The units, comma-separated, in order. */
	@Column(nullable = false)
	private String units;

	private int judgesPerCase;

	@Column(nullable = false)
	private Instant submissionsClose;

	private Instant assignedAt;

	private Instant closedAt;

	private Double panelMean;

	private Double panelSd;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "selection_criterion", joinColumns = @JoinColumn(name = "selection_id"))
	@OrderColumn(name = "position")
	private List<RubricCriterion> criteria = new ArrayList<>();

	protected Selection() {
	}

	Selection(Long organisationId, String organisationPath, String title, List<Unit> units,
			List<RubricCriterion> criteria, int judgesPerCase, Instant submissionsClose) {
		this.organisationId = organisationId;
		this.organisationPath = organisationPath;
		this.title = title;
		this.units = String.join(",", units.stream().map(Unit::name).toList());
		this.criteria = new ArrayList<>(criteria);
		this.judgesPerCase = judgesPerCase;
		this.submissionsClose = submissionsClose;
	}

	/** Whether cases may still be submitted. */
	public boolean acceptsSubmissions(Instant now) {
		return this.closedAt == null && now.isBefore(this.submissionsClose);
	}

	public boolean isClosed() {
		return this.closedAt != null;
	}

	public boolean hasUnit(Unit unit) {
		return getUnits().contains(unit);
	}

	void checkSubmission(Instant now) {
		if (!acceptsSubmissions(now)) {
			throw Problem.conflict("selection.submissions.closed");
		}
	}

	void checkOpen() {
		if (isClosed()) {
			throw Problem.conflict("selection.closed");
		}
	}

	/** Ends submissions now, before the deadline set at the start. */
	void endSubmissions(Instant now) {
		checkOpen();
		if (now.isBefore(this.submissionsClose)) {
			this.submissionsClose = now;
		}
	}

	void assigned(Instant now) {
		checkOpen();
		if (acceptsSubmissions(now)) {
			throw Problem.conflict("selection.assign.submissions-open");
		}
		this.assignedAt = now;
	}

	void close(Instant now, double panelMean, double panelSd) {
		checkOpen();
		if (this.assignedAt == null) {
			throw Problem.conflict("selection.close.not-assigned");
		}
		this.closedAt = now;
		this.panelMean = panelMean;
		this.panelSd = panelSd;
	}

	/**
	 * Checks a judge's points: every criterion scored, each within 0 and its maximum, and
	 * nothing else; returns the weighted total.
	 */
	double total(Map<String, Integer> points) {
		for (String code : points.keySet()) {
			if (this.criteria.stream().noneMatch(c -> c.getCode().equals(code))) {
				throw FieldProblem.invalid("scores." + code, "selection.score.unknown");
			}
		}
		double total = 0;
		for (RubricCriterion c : this.criteria) {
			Integer given = points.get(c.getCode());
			if (given == null) {
				throw FieldProblem.invalid("scores." + c.getCode(), "selection.score.required");
			}
			if (given < 0 || given > c.getMax()) {
				throw FieldProblem.invalid("scores." + c.getCode(), "selection.score.range", c.getMax());
			}
			total += c.getWeight().doubleValue() * given;
		}
		return total;
	}

	/** The largest weighted total the rubric allows. */
	public double maxTotal() {
		return this.criteria.stream().mapToDouble(c -> c.getWeight().doubleValue() * c.getMax()).sum();
	}

	public Long getId() {
		return this.id;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getOrganisationPath() {
		return this.organisationPath;
	}

	public String getTitle() {
		return this.title;
	}

	public List<Unit> getUnits() {
		return Arrays.stream(this.units.split(",")).map(Unit::valueOf).toList();
	}

	public int getJudgesPerCase() {
		return this.judgesPerCase;
	}

	public Instant getSubmissionsClose() {
		return this.submissionsClose;
	}

	public Instant getAssignedAt() {
		return this.assignedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public Double getPanelMean() {
		return this.panelMean;
	}

	public Double getPanelSd() {
		return this.panelSd;
	}

	public List<RubricCriterion> getCriteria() {
		return List.copyOf(this.criteria);
	}

}
