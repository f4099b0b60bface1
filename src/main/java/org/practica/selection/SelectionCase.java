package org.practica.selection;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.practica.support.Problem;

/**
 * A case an organisation submitted to a selection, in one unit; at close it keeps its
 * frozen result, and once published it is in the public case library.
 */
@Entity
public class SelectionCase {

	public static final int TITLE_MAX = 200;

	public static final int SUMMARY_MAX = 1000;

	public static final int BODY_MAX = 20000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selection_case_seq")
	@SequenceGenerator(name = "selection_case_seq", sequenceName = "selection_case_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long selectionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Unit unit;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary;

	@Column(nullable = false)
	private String body;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private String organisationPath;

	@Column(nullable = false)
	private Instant submittedAt;

	private String submittedBy;

	private Instant publishedAt;

	private Double rawScore;

	private Double normalisedScore;

	private Double zScore;

	private Double scoreSpread;

	private Integer judgeCount;

	private boolean flaggedJudge;

	private Integer unitRank;

	@Version
	private Long version;

	protected SelectionCase() {
	}

	SelectionCase(Selection selection, Unit unit, String title, String summary, String body, Long organisationId,
			String organisationPath, Instant submittedAt, String submittedBy) {
		this.selectionId = selection.getId();
		this.unit = unit;
		this.title = title;
		this.summary = summary;
		this.body = body;
		this.organisationId = organisationId;
		this.organisationPath = organisationPath;
		this.submittedAt = submittedAt;
		this.submittedBy = submittedBy;
	}

	/** The organisation's tree: the university or the district the case comes from. */
	public Long rootId() {
		return Long.valueOf(this.organisationPath.substring(1, this.organisationPath.indexOf('/', 1)));
	}

	void result(ScoreNormalisation.CaseFigures figures, int rank) {
		this.rawScore = round(figures.raw());
		this.normalisedScore = round(figures.normalised());
		this.zScore = figures.z();
		this.scoreSpread = round(figures.spread());
		this.judgeCount = figures.judges();
		this.flaggedJudge = figures.flaggedJudge();
		this.unitRank = rank;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/** Puts the case into the public library; only a case of a closed selection. */
	boolean publish(Selection selection, Instant now) {
		if (!selection.isClosed()) {
			throw Problem.conflict("selection.publish.not-closed");
		}
		if (this.publishedAt != null) {
			return false;
		}
		this.publishedAt = now;
		return true;
	}

	public boolean isPublished() {
		return this.publishedAt != null;
	}

	/** The year the case was submitted in, in the given zone. */
	public int year(ZoneId zone) {
		return this.submittedAt.atZone(zone).getYear();
	}

	public Long getId() {
		return this.id;
	}

	public Long getSelectionId() {
		return this.selectionId;
	}

	public Unit getUnit() {
		return this.unit;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getBody() {
		return this.body;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getOrganisationPath() {
		return this.organisationPath;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Double getRawScore() {
		return this.rawScore;
	}

	public Double getNormalisedScore() {
		return this.normalisedScore;
	}

	public Double getScoreSpread() {
		return this.scoreSpread;
	}

	public Integer getJudgeCount() {
		return this.judgeCount;
	}

	public boolean isFlaggedJudge() {
		return this.flaggedJudge;
	}

	public Integer getUnitRank() {
		return this.unitRank;
	}

}
