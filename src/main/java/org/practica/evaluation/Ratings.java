package org.practica.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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

	/**
	 * The public ratings these projects' hosts received from their participants (the
	 * students and team leaders who rated the host side): how many, and the mean of every
	 * score in them. A rating is public once published, or once its project's window has
	 * closed (before the publication job records it). Owners of projects, such as clubs,
	 * count their activities' ratings through it.
	 * @param projectIds the projects
	 * @return their count and average (null when none)
	 */
	public Received receivedByHosts(Collection<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return new Received(0, null);
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		String in = String.join(",", java.util.Collections.nCopies(projectIds.size(), "?"));
		List<Object> params = new ArrayList<>();
		params.add(About.COMMUNITY.name());
		params.addAll(projectIds);
		params.add(now);
		String where = """
				where e.about = ? and e.project_id in (%s)
				and (e.published_at is not null or exists (select 1 from evaluation_window w
				where w.project_id = e.project_id and w.closes_at <= ?))""".formatted(in);
		long count = this.jdbc.sql("select count(*) from evaluation e " + where)
			.params(params)
			.query(Long.class)
			.single();
		if (count == 0) {
			return new Received(0, null);
		}
		BigDecimal average = this.jdbc
			.sql("select sum(s.score), count(*) from evaluation e join evaluation_score s on s.evaluation_id = e.id "
					+ where)
			.params(params)
			.query((rs, n) -> BigDecimal.valueOf(rs.getLong(1))
				.divide(BigDecimal.valueOf(Math.max(1, rs.getLong(2))), 2, RoundingMode.HALF_UP))
			.single();
		return new Received(count, average);
	}

	/**
	 * The public ratings some projects' hosts received.
	 *
	 * @param count how many
	 * @param average the mean of every score in them, to two decimals (1–5), or null when
	 * none
	 */
	public record Received(long count, BigDecimal average) {
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
