package org.practica.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The criteria ratings are given by. An organisation's admins may choose their own for
 * the teams (and students) of a university-side subtree or for the communities of a
 * locality-side one; a subject is rated by the criteria of the nearest organisation above
 * it (itself included) that chose some, else by the defaults of
 * {@code practica.evaluation}.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationCriteria {

	static final int MAX_CRITERIA = 8;

	static final int MAX_NAME = 60;

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

	private final CriterionRepository criteria;

	private final Organisations organisations;

	private final EvaluationSettings settings;

	private final MessageSource messages;

	EvaluationCriteria(CriterionRepository criteria, Organisations organisations, EvaluationSettings settings,
			MessageSource messages) {
		this.criteria = criteria;
		this.organisations = organisations;
		this.settings = settings;
		this.messages = messages;
	}

	/**
	 * The criteria a subject is rated by.
	 * @param about what is rated (a student by the team's criteria)
	 * @param subjectPath the path of the subject's organisation: the team, the community,
	 * or the student's college
	 * @return the criteria, in order
	 */
	public List<CriterionName> of(About about, String subjectPath) {
		List<CriterionName> own = chosenAbove(about.criteria(), subjectPath);
		return own.isEmpty() ? defaults(about) : own;
	}

	/** The platform's default criteria of this set. */
	public List<CriterionName> defaults(About about) {
		return this.settings.defaults(about).stream().map(code -> new CriterionName(code, null)).toList();
	}

	/**
	 * An organisation's criteria of a set: its own, or (with {@code own} false) those it
	 * inherits.
	 */
	public Chosen chosen(Long organisationId, About about) {
		Organisation organisation = this.organisations.get(organisationId);
		List<CriterionName> own = this.criteria.findByAboutAndOrganisationPathIn(about, List.of(organisation.getPath()))
			.stream()
			.sorted(Comparator.comparingInt(Criterion::getPosition))
			.map(Criterion::toName)
			.toList();
		return new Chosen(about, !own.isEmpty(), own.isEmpty() ? of(about, organisation.getPath()) : own);
	}

	/**
	 * The sets an organisation may choose: the teams' on the university side, the
	 * communities' on the locality side.
	 */
	public static About setFor(OrganisationKind kind) {
		return kind.isUniversitySide() ? About.TEAM : About.COMMUNITY;
	}

	/**
	 * Replaces the organisation's own criteria of a set, by one of its admins; an empty
	 * list gives them up, so it inherits again. Bad criteria: 400 naming the field
	 * ({@code criteria[2].code}).
	 */
	@Transactional
	public Chosen replace(CurrentUser by, Long organisationId, String aboutText, List<Proposed> proposed) {
		Organisation organisation = this.organisations.getManaged(by, organisationId);
		if (!setsCriteria(organisation)) {
			// the rated party never chooses what it is judged by
			throw Problem.unprocessable("evaluation.criteria.not-here");
		}
		About about = parseSet(aboutText, organisation);
		List<FieldProblem.FieldError> errors = new ArrayList<>();
		List<Proposed> given = (proposed == null) ? List.of() : proposed;
		if (given.size() > MAX_CRITERIA) {
			errors.add(error("criteria", "evaluation.criteria.too-many", MAX_CRITERIA));
		}
		Set<String> known = new HashSet<>(this.settings.teamCriteria());
		known.addAll(this.settings.communityCriteria());
		Set<String> seen = new HashSet<>();
		List<Criterion> rows = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			Proposed p = given.get(i);
			String code = (p == null || p.code() == null) ? "" : p.code().strip().toUpperCase(Locale.ROOT);
			String name = (p == null || p.name() == null || p.name().isBlank()) ? null : p.name().strip();
			String field = "criteria[" + i + "]";
			if (!CODE.matcher(code).matches()) {
				errors.add(error(field + ".code", "evaluation.criteria.code.invalid"));
			}
			else if (!seen.add(code)) {
				errors.add(error(field + ".code", "evaluation.criteria.code.repeated", code));
			}
			if (name == null && !known.contains(code)) {
				errors.add(error(field + ".name", "evaluation.criteria.name.required"));
			}
			else if (name != null && name.length() > MAX_NAME) {
				errors.add(error(field + ".name", "evaluation.criteria.name.too-long", MAX_NAME));
			}
			rows.add(new Criterion(organisation.getId(), organisation.getPath(), about, i, code, name));
		}
		if (!errors.isEmpty()) {
			throw new FieldProblem(HttpStatus.BAD_REQUEST, errors);
		}
		this.criteria.deleteOwn(organisation.getId(), about);
		this.criteria.saveAll(rows);
		return chosen(organisation.getId(), about);
	}

	/**
	 * Whether the organisation sets criteria: a university, college, district or street,
	 * never the team or community being rated.
	 */
	public static boolean setsCriteria(Organisation organisation) {
		return organisation.getKind() != OrganisationKind.TEAM && organisation.getKind() != OrganisationKind.COMMUNITY;
	}

	private static About parseSet(String text, Organisation organisation) {
		About expected = setFor(organisation.getKind());
		if (text == null || text.isBlank()) {
			return expected;
		}
		if (!text.strip().equals(expected.name())) {
			throw FieldProblem.invalid("about", "evaluation.criteria.about.invalid", expected.name());
		}
		return expected;
	}

	/** The name a criterion reads as in this language. */
	public String label(CriterionName criterion, Locale locale) {
		if (criterion.name() != null) {
			return criterion.name();
		}
		return label(criterion.code(), locale);
	}

	/** The name a code without its own reads as: the default's, else the code itself. */
	public String label(String code, Locale locale) {
		return this.messages.getMessage("evaluation.criterion." + code, null, code, locale);
	}

	/** The labels of these criteria by code, in their order. */
	public Map<String, String> labels(List<CriterionName> names, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		names.forEach(n -> labels.put(n.code(), label(n, locale)));
		return labels;
	}

	private List<CriterionName> chosenAbove(About about, String path) {
		List<String> paths = prefixes(path);
		if (paths.isEmpty()) {
			return List.of();
		}
		List<Criterion> found = this.criteria.findByAboutAndOrganisationPathIn(about, paths);
		String nearest = found.stream()
			.map(Criterion::getOrganisationPath)
			.max(Comparator.comparingInt(String::length))
			.orElse(null);
		return found.stream()
			.filter(c -> c.getOrganisationPath().equals(nearest))
			.sorted(Comparator.comparingInt(Criterion::getPosition))
			.map(Criterion::toName)
			.toList();
	}

	/** {@code /1/5/9/} → {@code /1/}, {@code /1/5/}, {@code /1/5/9/}. */
	static List<String> prefixes(String path) {
		List<String> prefixes = new ArrayList<>();
		if (path == null) {
			return prefixes;
		}
		for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
			prefixes.add(path.substring(0, i + 1));
		}
		return prefixes;
	}

	private static FieldProblem.FieldError error(String field, String key, Object... arguments) {
		return new FieldProblem.FieldError(null, field, key, arguments);
	}

	/**
	 * A criterion an admin proposes.
	 *
	 * @param code the code, e.g. {@code PUNCTUALITY}
	 * @param name its name; may be left out for a default code
	 */
	public record Proposed(String code, String name) {
	}

	/**
	 * An organisation's criteria of one set.
	 *
	 * @param about TEAM (also for students) or COMMUNITY
	 * @param own whether the organisation chose them; otherwise inherited or the defaults
	 * @param criteria the criteria, in order
	 */
	public record Chosen(About about, boolean own, List<CriterionName> criteria) {
	}

}
