package org.practica.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.support.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a team's or a community's page shows of how it was rated: the average of each
 * criterion and the number of public ratings over the last period (a year by default).
 * Counted by the database over the index of a subject's ratings, never by loading them.
 * Organisations' names are public to every signed-in person, and so are these averages
 * (the suggestions show them to other communities too); no single rating, rater or
 * comment is in them.
 */
@Service
@Transactional(readOnly = true)
public class Ratings {

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final EvaluationCriteria criteria;

	private final EvaluationSettings settings;

	private final Clock clock;

	Ratings(JdbcClient jdbc, Organisations organisations, EvaluationCriteria criteria, EvaluationSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.criteria = criteria;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A team's or community's averages over the period up to now; 404 for other kinds of
	 * organisation.
	 */
	public Summary of(Long organisationId) {
		Organisation organisation = this.organisations.get(organisationId);
		About about = switch (organisation.getKind()) {
			case TEAM -> About.TEAM;
			case COMMUNITY -> About.COMMUNITY;
			default -> throw Problem.notFound();
		};
		return of(organisation, about);
	}

	/** The kind of the organisation; 404 when there is none. */
	public OrganisationKind kindOf(Long organisationId) {
		return this.organisations.get(organisationId).getKind();
	}

	/** Whether the organisation is rated at all: teams and communities are. */
	public static boolean isRated(OrganisationKind kind) {
		return kind == OrganisationKind.TEAM || kind == OrganisationKind.COMMUNITY;
	}

	private Summary of(Organisation organisation, About about) {
		Instant to = this.clock.instant();
		Instant from = to.minus(this.settings.period());
		Timestamp since = Timestamp.from(from);
		long count = this.jdbc.sql("""
				select count(*) from evaluation e
				where e.about = ? and e.subject_id = ? and e.rated_at >= ? and e.published_at is not null""")
			.params(about.name(), organisation.getId(), since)
			.query(Long.class)
			.single();
		List<CriterionAverage> averages = new ArrayList<>();
		if (count > 0) {
			this.jdbc.sql("""
					select s.code, avg(cast(s.score as double precision)), count(*)
					from evaluation e join evaluation_score s on s.evaluation_id = e.id
					where e.about = ? and e.subject_id = ? and e.rated_at >= ? and e.published_at is not null
					group by s.code""")
				.params(about.name(), organisation.getId(), since)
				.query((rs, n) -> new CriterionAverage(rs.getString(1), rs.getDouble(2), rs.getLong(3)))
				.list()
				.forEach(averages::add);
		}
		List<String> order = this.criteria.of(about, organisation.getPath()).stream().map(CriterionName::code).toList();
		averages.sort(java.util.Comparator
			.comparingInt((CriterionAverage a) -> order.contains(a.code()) ? order.indexOf(a.code()) : order.size())
			.thenComparing(CriterionAverage::code));
		double overall = averages.stream().mapToDouble(a -> a.average() * a.count()).sum()
				/ Math.max(1, averages.stream().mapToLong(CriterionAverage::count).sum());
		return new Summary(organisation, about, from, to, count, count == 0 ? null : overall, List.copyOf(averages));
	}

	/**
	 * An organisation's averages.
	 *
	 * @param organisation the team or community
	 * @param about TEAM or COMMUNITY
	 * @param from the start of the period
	 * @param to its end: now
	 * @param count how many public ratings it had in the period
	 * @param average the mean of every score in them, or null when none
	 * @param criteria the average of each criterion, in the order of its current criteria
	 */
	public record Summary(Organisation organisation, About about, Instant from, Instant to, long count, Double average,
			List<CriterionAverage> criteria) {
	}

	/**
	 * One criterion's average.
	 *
	 * @param code the criterion
	 * @param average the mean score, 1–5
	 * @param count how many scores
	 */
	public record CriterionAverage(String code, double average, long count) {
	}

}
