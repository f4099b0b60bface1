package org.practica.club;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/**
 * The federation's word on a club's filing or request (an annual review, a takeover, a
 * rating adjustment): who, when and why. Null in its holder until decided.
 *
 * @param decidedBy who decided
 * @param decidedAt when
 * @param comment why, or null
 */
@Embeddable
record Decision(Long decidedBy, Instant decidedAt, String comment) {
}
