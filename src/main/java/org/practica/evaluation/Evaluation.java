package org.practica.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.practica.support.Problem;

/**
 * One person's rating of one subject of a completed project: a score of 1–5 for each
 * criterion, and a comment. Blind until both have spoken: it waits for its counterpart
 * (the rating the other side gives in the same pair, see {@link #pairKey}), and both are
 * published together once both are in, or when the project's window closes. Once given,
 * it never changes.
 */
@Entity
public class Evaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_seq")
	@SequenceGenerator(name = "evaluation_seq", sequenceName = "evaluation_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long projectId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private About about;

	@Column(nullable = false)
	private Long subjectId;

	@Column(nullable = false)
	private Long raterId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RaterRole raterRole;

	@Column(nullable = false)
	private String pairKey;

	private String comment;

	@Column(nullable = false)
	private Instant ratedAt;

	private Instant publishedAt;

	@Version
	private Long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "evaluation_id"))
	@MapKeyColumn(name = "code")
	@Column(name = "score", nullable = false)
	private Map<String, Integer> scores = new LinkedHashMap<>();

	protected Evaluation() {
	}

	Evaluation(Long projectId, Long raterId, RaterRole raterRole, About about, Long subjectId,
			Map<String, Integer> scores, String comment, Instant now) {
		this.projectId = projectId;
		this.raterId = raterId;
		this.raterRole = raterRole;
		this.about = about;
		this.subjectId = subjectId;
		this.pairKey = pairKey(about, raterRole, subjectId, raterId);
		this.scores.putAll(scores);
		this.comment = comment;
		this.ratedAt = now;
	}

	/**
	 * The pair whose two sides wait for each other: {@code TEAM} for the community's
	 * rating of the team and the team leader's of the community; {@code STUDENT:<id>} for
	 * the community's rating of a student and that student's of the community.
	 */
	static String pairKey(About about, RaterRole role, Long subjectId, Long raterId) {
		if (about == About.TEAM || role == RaterRole.TEAM_LEADER) {
			return "TEAM";
		}
		return "STUDENT:" + ((about == About.STUDENT) ? subjectId : raterId);
	}

	/**
	 * One rating per side of a pair: a second community admin, or a second team leader,
	 * cannot rate what their side has rated already, and so can never rate in answer to
	 * the other side's published rating. 409 otherwise.
	 * @param pair the ratings of the same project and pair given before it
	 */
	void requireSideFree(Collection<Evaluation> pair) {
		if (pair.stream().anyMatch(e -> e.isCommunitySide() == isCommunitySide())) {
			throw Problem.conflict("evaluation.side-given");
		}
	}

	/**
	 * The blind rule, when this rating has just been given: publishes it, with the rest
	 * of its pair, once both sides of the pair have spoken.
	 * @param pair the ratings of the same project and pair given before it
	 * @param now the moment
	 * @return the ratings published now, this one among them; empty while it waits
	 */
	List<Evaluation> publishWith(Collection<Evaluation> pair, Instant now) {
		boolean otherSideIn = pair.stream().anyMatch(e -> e.isCommunitySide() != isCommunitySide());
		List<Evaluation> published = new ArrayList<>();
		if (otherSideIn) {
			for (Evaluation e : pair) {
				if (e.publish(now)) {
					published.add(e);
				}
			}
			publish(now);
			published.add(this);
		}
		return published;
	}

	/** Makes it public, unless it already is; returns whether it changed. */
	boolean publish(Instant at) {
		if (this.publishedAt != null) {
			return false;
		}
		this.publishedAt = at;
		return true;
	}

	/**
	 * Whether it is public now: published, or its project's window has closed (before the
	 * publication job records it).
	 */
	public boolean isPublic(RatingWindow window, Instant now) {
		return this.publishedAt != null || window.isPublic(now);
	}

	/** When it became public, or null while it is not. */
	public Instant publicSince(RatingWindow window, Instant now) {
		if (this.publishedAt != null) {
			return this.publishedAt;
		}
		return window.isPublic(now) ? window.getClosesAt() : null;
	}

	public boolean isCommunitySide() {
		return this.raterRole.isCommunitySide();
	}

	/** The mean of its scores. */
	public double average() {
		return this.scores.values().stream().mapToInt(Integer::intValue).average().orElse(0);
	}

	public Long getId() {
		return this.id;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public About getAbout() {
		return this.about;
	}

	public Long getSubjectId() {
		return this.subjectId;
	}

	public Long getRaterId() {
		return this.raterId;
	}

	public RaterRole getRaterRole() {
		return this.raterRole;
	}

	public String getPairKey() {
		return this.pairKey;
	}

	public String getComment() {
		return this.comment;
	}

	public Instant getRatedAt() {
		return this.ratedAt;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	/** The score per criterion code, in the order given. */
	public Map<String, Integer> getScores() {
		return java.util.Collections.unmodifiableMap(this.scores);
	}

}
