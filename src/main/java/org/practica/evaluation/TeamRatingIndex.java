package org.practica.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.practica.project.TeamRatings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The teams' ratings for the suggestions, kept in memory: the mean of every public score
 * each team was given over the period. Read again when a rating is published on this
 * instance (after the commit, in the publishing thread, so the next suggestions see it)
 * and when older than {@code practica.evaluation.averages-refresh} (what other instances
 * published, and ratings that left the period).
 */
@Component
class TeamRatingIndex implements TeamRatings {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final EvaluationSettings settings;

	private volatile Map<Long, Rating> ratings = Map.of();

	private volatile Instant loadedAt;

	private volatile boolean stale = true;

	TeamRatingIndex(JdbcClient jdbc, Clock clock, EvaluationSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	@Override
	public Rating of(long teamId) {
		return current().get(teamId);
	}

	@TransactionalEventListener
	void on(EvaluationPublished event) {
		if (event.about() == About.TEAM) {
			this.stale = true;
		}
	}

	private Map<Long, Rating> current() {
		Instant loaded = this.loadedAt;
		if (this.stale || loaded == null || this.clock.instant().isAfter(loaded.plus(this.settings.averagesRefresh()))
				|| this.clock.instant().isBefore(loaded)) {
			reload();
		}
		return this.ratings;
	}

	private synchronized void reload() {
		this.stale = false;
		Instant now = this.clock.instant();
		Map<Long, Rating> loaded = new HashMap<>();
		this.jdbc.sql("""
				select e.subject_id, avg(cast(s.score as double precision)), count(distinct e.id)
				from evaluation e join evaluation_score s on s.evaluation_id = e.id
				where e.about = 'TEAM' and e.rated_at >= ? and e.published_at is not null
				group by e.subject_id""")
			.param(Timestamp.from(now.minus(this.settings.period())))
			.query((java.sql.ResultSet rs) -> {
				loaded.put(rs.getLong(1), new Rating(rs.getDouble(2), rs.getLong(3)));
			});
		this.ratings = loaded;
		this.loadedAt = now;
	}

}
