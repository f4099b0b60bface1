package org.practica.signup;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.support.FieldProblem;
import org.practica.support.Geo;
import org.practica.support.Problem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shifts a student may join: of an open project the student may see (one that
 * recruits individuals, or one of the student's teams), not started yet, with a free seat
 * or a place on the waitlist; soonest first. Distances are measured from the student's
 * campus, their college's position.
 */
@Service
@Transactional(readOnly = true)
public class ShiftFinder {

	/** The most shifts a month's calendar shows. */
	public static final int MONTH_LIMIT = 300;

	private static final double KM_PER_DEGREE = Math.toRadians(1) * 6371.0088;

	private static final Sort SOONEST = Sort.by("startsAt", "id");

	private final ShiftRepository shifts;

	private final SignupRepository signups;

	private final Accounts accounts;

	private final Organisations organisations;

	private final Clock clock;

	private final ZoneId zone;

	ShiftFinder(ShiftRepository shifts, SignupRepository signups, Accounts accounts, Organisations organisations,
			Clock clock) {
		this.shifts = shifts;
		this.signups = signups;
		this.accounts = accounts;
		this.organisations = organisations;
		this.clock = clock;
		this.zone = clock.getZone();
	}

	/**
	 * The student's campus, which distances are measured from: their college, when it has
	 * a position.
	 */
	public Optional<Organisation> campus(CurrentUser student) {
		if (student.organisationId() == null) {
			return Optional.empty();
		}
		Organisation college = this.organisations.get(student.organisationId());
		return college.hasPosition() ? Optional.of(college) : Optional.empty();
	}

	/**
	 * A page of the shifts the student may join that match the search, soonest first.
	 * Refused (403) for anyone but a student; a distance asked of a campus with no
	 * position is refused (422, naming {@code withinKm}).
	 */
	public Page<OpenShift> search(CurrentUser student, ShiftSearch search, Pageable pageable) {
		Context context = context(student, search.checked());
		Page<Shift> page = this.shifts.findAll(specification(context, search, false),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), SOONEST));
		Map<Long, SignupStatus> held = held(student, page.getContent());
		return page.map(shift -> open(context, shift, held));
	}

	/**
	 * The shifts the student may join that match the search and start in the month, at
	 * most {@link #MONTH_LIMIT}, soonest first.
	 */
	public List<OpenShift> month(CurrentUser student, ShiftSearch search, YearMonth month) {
		ShiftSearch inMonth = search.checked().within(month.atDay(1), month.atEndOfMonth());
		Context context = context(student, inMonth);
		if (inMonth.to().isBefore(inMonth.from())) {
			return List.of();
		}
		List<Shift> found = this.shifts
			.findAll(specification(context, inMonth, false), PageRequest.of(0, MONTH_LIMIT, SOONEST))
			.getContent();
		Map<Long, SignupStatus> held = held(student, found);
		return found.stream().map(shift -> open(context, shift, held)).toList();
	}

	/**
	 * A few shifts the student may join and does not hold yet, within the distance of the
	 * campus (anywhere when the campus has no position), soonest first.
	 */
	public List<OpenShift> nearCampus(CurrentUser student, double withinKm, int limit) {
		Context context = context(student, ShiftSearch.any());
		ShiftSearch near = new ShiftSearch(null, null, null, null, context.campus() == null ? null : withinKm, false);
		return this.shifts.findAll(specification(context, near, true), PageRequest.of(0, limit, SOONEST))
			.getContent()
			.stream()
			.map(shift -> open(context, shift, Map.of()))
			.toList();
	}

	private Context context(CurrentUser student, ShiftSearch search) {
		if (!student.holds(Role.STUDENT)) {
			throw Problem.forbidden();
		}
		Organisation campus = campus(student).orElse(null);
		if (search.withinKm() != null && campus == null) {
			throw FieldProblem.unprocessable("withinKm", "finder.campus.no-position");
		}
		List<Long> teams = this.accounts.teamsOf(student.id()).stream().map(Organisation::getId).toList();
		return new Context(student.id(), teams, campus, this.clock.instant());
	}

	private Specification<Shift> specification(Context context, ShiftSearch search, boolean notHeld) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.isTrue(root.get("projectOpen")));
			where.add(cb.greaterThan(root.get("startsAt"), context.now()));
			where.add(context.teams().isEmpty() ? cb.isNull(root.get("teamId"))
					: cb.or(cb.isNull(root.get("teamId")), root.get("teamId").in(context.teams())));
			String like = search.like();
			if (like != null) {
				where.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'),
						cb.like(cb.lower(root.get("projectTitle")), like, '\\'),
						cb.like(cb.lower(root.get("address")), like, '\\')));
			}
			if (search.hasDirection()) {
				String code = search.direction().strip();
				where.add(cb.or(cb.equal(root.get("direction"), code), cb.equal(root.get("directionTop"), code)));
			}
			if (search.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("startsAt"), startOf(search.from())));
			}
			if (search.to() != null) {
				where.add(cb.lessThan(root.get("startsAt"), startOf(search.to().plusDays(1))));
			}
			if (search.freeSeatsOnly()) {
				where.add(cb.lessThan(root.get("seats").get("held"), root.get("seats").<Integer>get("capacity")));
			}
			if (search.withinKm() != null && context.campus() != null) {
				where.add(within(cb, root.get("latitude"), root.get("longitude"), context.campus(), search.withinKm()));
			}
			if (notHeld) {
				Subquery<Long> held = query.subquery(Long.class);
				var signup = held.from(Signup.class);
				held.select(signup.get("id"))
					.where(cb.equal(signup.get("shiftId"), root.get("id")),
							cb.equal(signup.get("studentId"), context.studentId()),
							cb.notEqual(signup.get("status"), SignupStatus.CANCELLED));
				where.add(cb.not(cb.exists(held)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/**
	 * Within the distance of the campus, on a plane tangent to it (equirectangular): for
	 * the tens of kilometres a student travels, it differs from the great-circle distance
	 * by far less than a street, and it is arithmetic every database does.
	 */
	private static Predicate within(jakarta.persistence.criteria.CriteriaBuilder cb, Expression<Double> latitude,
			Expression<Double> longitude, Organisation campus, double km) {
		double lonScale = Math.cos(Math.toRadians(campus.getLatitude()));
		Expression<Double> dy = cb.prod(cb.diff(latitude, campus.getLatitude()), KM_PER_DEGREE);
		Expression<Double> dx = cb.prod(cb.diff(longitude, campus.getLongitude()), KM_PER_DEGREE * lonScale);
		return cb.and(cb.isNotNull(latitude), cb.isNotNull(longitude),
				cb.le(cb.sum(cb.prod(dy, dy), cb.prod(dx, dx)), km * km));
	}

	private Instant startOf(java.time.LocalDate day) {
		return day.atStartOfDay(this.zone).toInstant();
	}

	private Map<Long, SignupStatus> held(CurrentUser student, Collection<Shift> shifts) {
		Map<Long, SignupStatus> held = new HashMap<>();
		if (!shifts.isEmpty()) {
			this.signups.heldAmong(student.id(), shifts.stream().map(Shift::getId).toList())
				.forEach(s -> held.put(s.getShiftId(), s.getStatus()));
		}
		return held;
	}

	private static OpenShift open(Context context, Shift shift, Map<Long, SignupStatus> held) {
		Double distance = (context.campus() != null && shift.hasPosition())
				? Geo.distanceKm(context.campus().getLatitude(), context.campus().getLongitude(), shift.getLatitude(),
						shift.getLongitude())
				: null;
		return new OpenShift(shift, distance, held.get(shift.getId()));
	}

	private record Context(Long studentId, List<Long> teams, Organisation campus, Instant now) {
	}

}
