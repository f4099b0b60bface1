package org.practica.club;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One stage's decision in a review chain, as a club's registration and a fund request
 * keep it: at which stage, what, why, who and when. Never changed.
 *
 * @param stage the stage
 * @param decision what was decided
 * @param comment why, or null
 * @param reviewerId who decided
 * @param decidedAt when
 */
@Embeddable
record ReviewRecord(@Enumerated(EnumType.STRING) @Column(nullable = false) ReviewStage stage,
		@Enumerated(EnumType.STRING) @Column(nullable = false) ReviewDecision decision, String comment,
		@Column(nullable = false) Long reviewerId, @Column(nullable = false) Instant decidedAt) {
}
