package org.practica.club;

import java.time.Instant;

import jakarta.persistence.Column;
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

	@Column(nullable = false)
	private String reason;

	@Column(nullable = false)
	private Long adjustedBy;

	@Column(nullable = false)
	private Instant adjustedAt;

	protected RatingAdjustment() {
	}

	RatingAdjustment(Long clubId, int year, int stars, String reason, Long adjustedBy, Instant adjustedAt) {
		this.clubId = clubId;
		this.year = year;
		this.stars = stars;
		this.reason = reason;
		this.adjustedBy = adjustedBy;
		this.adjustedAt = adjustedAt;
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
		return this.reason;
	}

	public Long getAdjustedBy() {
		return this.adjustedBy;
	}

	public Instant getAdjustedAt() {
		return this.adjustedAt;
	}

}
