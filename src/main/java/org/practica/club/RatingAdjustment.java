package org.practica.club;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * The federation's star grade for a club's year in place of the computed one, with its
 * reason; shown beside the computed one. The latest holds; none is ever changed.
 */
@Entity
@Immutable
@Table(name = "club_rating_adjustment")
public class RatingAdjustment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "club_rating_adjustment_seq")
	@SequenceGenerator(name = "club_rating_adjustment_seq", sequenceName = "club_rating_adjustment_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long clubId;

	@Column(name = "rating_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private int stars;

	@Embedded
	@AttributeOverride(name = "decidedBy", column = @Column(name = "adjusted_by", nullable = false))
	@AttributeOverride(name = "decidedAt", column = @Column(name = "adjusted_at", nullable = false))
	@AttributeOverride(name = "comment", column = @Column(name = "reason", nullable = false))
	private Decision decision;

	protected RatingAdjustment() {
	}

	RatingAdjustment(Long clubId, int year, int stars, String reason, Long adjustedBy, Instant adjustedAt) {
		this.clubId = clubId;
		this.year = year;
		this.stars = stars;
		this.decision = new Decision(adjustedBy, adjustedAt, reason);
	}

	public Long getId() {
		return this.id;
	}

	public Long getClubId() {
		return this.clubId;
	}

	public int getYear() {
		return this.year;
	}

	public int getStars() {
		return this.stars;
	}

	public String getReason() {
		return this.decision.comment();
	}

	public Long getAdjustedBy() {
		return this.decision.decidedBy();
	}

	public Instant getAdjustedAt() {
		return this.decision.decidedAt();
	}

}
