package org.practica.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;

import org.practica.directory.CurrentUser;
import org.practica.directory.Role;
import org.practica.directory.RoleGrant;
import org.practica.project.Project;
import org.practica.support.AuditedEntity;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.http.HttpStatus;

/**
 * An outcome report (成果报道) of a project: a title, plain paragraphs, the day it happened,
 * typed reach figures with their source, and photos. Written as a draft by the project's
 * team leader or community admin, then published, after which it is public and final.
 */
@Entity
public class OutcomeReport extends AuditedEntity {

	public static final int TITLE_MAX = 200;

	public static final int BODY_MAX = 20_000;

	public static final int SOURCE_MAX = 200;

	public static final int FIGURES_MAX = 20;

	/** The largest figure taken: far beyond any reach, small enough for every sum. */
	public static final long VALUE_MAX = 1_000_000_000_000L;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_report_seq")
	@SequenceGenerator(name = "outcome_report_seq", sequenceName = "outcome_report_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long projectId;

	@Column(nullable = false)
	private Long communityId;

	@Column(nullable = false)
	private String communityPath;

	private Long teamId;

	private String teamPath;

	@Column(nullable = false)
	private String direction;

	@Column(nullable = false)
	private String directionTop;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String body;

	@Column(nullable = false)
	private LocalDate happenedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OutcomeStatus status = OutcomeStatus.DRAFT;

	private int photoCount;

	private int nextOrdinal;

	private Instant publishedAt;

	private String publishedBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "outcome_figure", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "ordinal")
	private List<Figure> figures = new ArrayList<>();

	protected OutcomeReport() {
	}

	/** A draft about the project, its sides and direction copied (they never change). */
	OutcomeReport(Project project) {
		this.projectId = project.getId();
		this.communityId = project.getCommunityId();
		this.communityPath = project.getCommunityPath();
		this.teamId = project.getTeamId();
		this.teamPath = project.getTeamPath();
		this.direction = project.getDirection();
		this.directionTop = project.getDirectionTop();
	}

	/**
	 * Whether the person may write a report about a project of these sides: a team leader
	 * of its team, or an admin of its community.
	 */
	static boolean writer(CurrentUser by, String teamPath, String communityPath) {
		if (by == null) {
			return false;
		}
		for (RoleGrant grant : by.grants()) {
			if (grant.role() == Role.TEAM_LEADER && teamPath != null && teamPath.startsWith(grant.organisationPath())) {
				return true;
			}
			if (grant.role() == Role.COMMUNITY_ADMIN && communityPath.startsWith(grant.organisationPath())) {
				return true;
			}
		}
		return false;
	}

	/** Whether the person may edit this report, its photos and publish it. */
	public boolean editableBy(CurrentUser by) {
		return writer(by, this.teamPath, this.communityPath);
	}

	/** Everyone sees a published report; a draft only those who may edit it. */
	public boolean visibleTo(CurrentUser by) {
		return isPublished() || editableBy(by);
	}

	public boolean isPublished() {
		return this.status == OutcomeStatus.PUBLISHED;
	}

	/**
	 * Writes (or rewrites) a draft: every bad field is named at once, a 400 with all of
	 * them, and nothing changes.
	 */
	void describe(OutcomeReportRequest request, LocalDate today) {
		requireDraft();
		List<FieldProblem.FieldError> errors = new ArrayList<>();
		String title = strip(request.title());
		if (title == null) {
			errors.add(error("title", "outcome.title.required"));
		}
		else if (title.length() > TITLE_MAX) {
			errors.add(error("title", "outcome.title.too-long", TITLE_MAX));
		}
		String body = strip(request.body());
		if (body == null) {
			errors.add(error("body", "outcome.body.required"));
		}
		else if (body.length() > BODY_MAX) {
			errors.add(error("body", "outcome.body.too-long", BODY_MAX));
		}
		if (request.happenedOn() == null) {
			errors.add(error("happenedOn", "outcome.happened-on.required"));
		}
		else if (request.happenedOn().isAfter(today)) {
			errors.add(error("happenedOn", "outcome.happened-on.future"));
		}
		List<OutcomeReportRequest.FigureRequest> asked = request.figures() == null ? List.of() : request.figures();
		List<Figure> figures = new ArrayList<>();
		if (asked.size() > FIGURES_MAX) {
			errors.add(error("figures", "outcome.figures.too-many", FIGURES_MAX));
		}
		else {
			for (int i = 0; i < asked.size(); i++) {
				Figure figure = figure(asked.get(i), "figures[" + i + "]", errors);
				if (figure != null) {
					figures.add(figure);
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new FieldProblem(HttpStatus.BAD_REQUEST, errors);
		}
		this.title = title;
		this.body = body;
		this.happenedOn = request.happenedOn();
		this.figures.clear();
		this.figures.addAll(figures);
	}

	/** One figure, or null with its errors named. */
	private static Figure figure(OutcomeReportRequest.FigureRequest asked, String field,
			List<FieldProblem.FieldError> errors) {
		if (asked == null) {
			errors.add(error(field + ".metric", "outcome.figure.metric.required"));
			return null;
		}
		Metric metric = null;
		String name = strip(asked.metric());
		if (name == null) {
			errors.add(error(field + ".metric", "outcome.figure.metric.required"));
		}
		else {
			metric = Arrays.stream(Metric.values())
				.filter(m -> m.name().equals(name.toUpperCase(Locale.ROOT)))
				.findFirst()
				.orElse(null);
			if (metric == null) {
				errors.add(error(field + ".metric", "outcome.figure.metric.unknown"));
			}
		}
		BigDecimal value = asked.value();
		boolean valueOk = false;
		if (value == null) {
			errors.add(error(field + ".value", "outcome.figure.value.required"));
		}
		else if (value.signum() < 0) {
			errors.add(error(field + ".value", "outcome.figure.value.negative"));
		}
		else if (value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
			errors.add(error(field + ".value", "outcome.figure.value.whole"));
		}
		else if (value.compareTo(BigDecimal.valueOf(VALUE_MAX)) > 0) {
			errors.add(error(field + ".value", "outcome.figure.value.too-large"));
		}
		else {
			valueOk = true;
		}
		String source = strip(asked.source());
		if (source == null) {
			// a figure is only as good as where it was read
			errors.add(error(field + ".source", "outcome.figure.source.required"));
			return null;
		}
		if (source.length() > SOURCE_MAX) {
			errors.add(error(field + ".source", "outcome.figure.source.too-long", SOURCE_MAX));
			return null;
		}
		return (metric != null && valueOk) ? new Figure(metric, value.longValueExact(), source) : null;
	}

	/** Publishes a draft: public and final from now on. */
	void publish(String by, Instant now) {
		if (isPublished()) {
			throw Problem.conflict("outcome.publish.not-draft");
		}
		this.status = OutcomeStatus.PUBLISHED;
		this.publishedAt = now;
		this.publishedBy = by;
	}

	/**
	 * Takes the next place in a draft's gallery, when it has fewer than {@code max}
	 * photos. The caller holds the report's row lock, so uploads at once take places one
	 * after another.
	 */
	int takePhotoPlace(int max) {
		requireDraft();
		if (this.photoCount >= max) {
			throw Problem.conflict("outcome.photo.too-many", max);
		}
		this.photoCount++;
		return this.nextOrdinal++;
	}

	/** A photo left the draft's gallery. */
	void photoRemoved() {
		requireDraft();
		this.photoCount = Math.max(0, this.photoCount - 1);
	}

	private void requireDraft() {
		if (isPublished()) {
			throw Problem.conflict("outcome.published.final");
		}
	}

	/** The body's paragraphs: split on blank lines, each as plain text. */
	public List<String> paragraphs() {
		if (this.body == null) {
			return List.of();
		}
		return Arrays.stream(this.body.replace("\r\n", "\n").split("\\n\\s*\\n"))
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.toList();
	}

	/** The sum of the report's figures of one metric, or null when it has none. */
	public Long total(Metric metric) {
		return this.figures.stream()
			.filter(f -> f.metric() == metric)
			.map(Figure::value)
			.reduce(Long::sum)
			.orElse(null);
	}

	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static FieldProblem.FieldError error(String field, String key, Object... arguments) {
		return new FieldProblem.FieldError(null, field, key, arguments);
	}

	public Long getId() {
		return this.id;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public Long getCommunityId() {
		return this.communityId;
	}

	public String getCommunityPath() {
		return this.communityPath;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public String getTeamPath() {
		return this.teamPath;
	}

	public String getDirection() {
		return this.direction;
	}

	public String getDirectionTop() {
		return this.directionTop;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public LocalDate getHappenedOn() {
		return this.happenedOn;
	}

	public OutcomeStatus getStatus() {
		return this.status;
	}

	public int getPhotoCount() {
		return this.photoCount;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

	public List<Figure> getFigures() {
		return List.copyOf(this.figures);
	}

}
