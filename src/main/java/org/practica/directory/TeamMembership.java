package org.practica.directory;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/**
 * A student's membership of a team.
 */
@Entity
class TeamMembership {

	@EmbeddedId
	private Key key;

	@Column(nullable = false)
	private Instant joinedAt;

	private String addedBy;

	protected TeamMembership() {
	}

	TeamMembership(Long teamId, Long accountId, Instant joinedAt, String addedBy) {
		this.key = new Key(teamId, accountId);
		this.joinedAt = joinedAt;
		this.addedBy = addedBy;
	}

	Key getKey() {
		return this.key;
	}

	Instant getJoinedAt() {
		return this.joinedAt;
	}

	@Embeddable
	record Key(Long teamId, Long accountId) implements Serializable {
	}

}
