package org.practica.record;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.IdDocumentType;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.directory.ResidentIdNumber;
import org.practica.hours.HoursFigures;
import org.practica.hours.HoursScope;
import org.practica.hours.HoursStatus;
import org.practica.project.Project;
import org.practica.project.Projects;
import org.practica.report.Spreadsheets;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The export to the national volunteer system: for an organisation an admin manages and a
 * period, one row per verified hours entry in the national import layout
 * ({@link NationalLayout}), the ID number whole (the one place besides its owner's
 * profile that shows it); a second sheet lists the entries that cannot go and why. Each
 * export is recorded, with the entries it carried, so that a later one marks them.
 */
@Service
@Transactional(readOnly = true)
public class RecordExports {

	private static final int BATCH = 1000;

	private final HoursFigures figures;

	private final Accounts accounts;

	private final Organisations organisations;

	private final Projects projects;

	private final RecordExportRepository exports;

	private final MessageSource messages;

	private final Clock clock;

	RecordExports(HoursFigures figures, Accounts accounts, Organisations organisations, Projects projects,
			RecordExportRepository exports, MessageSource messages, Clock clock) {
		this.figures = figures;
		this.accounts = accounts;
		this.organisations = organisations;
		this.projects = projects;
		this.exports = exports;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Gathers the export of the organisation's entries worked in the period and records
	 * it: 404 for an organisation the person does not manage, 400 for a bad period.
	 */
	@Transactional
	public Export export(CurrentUser by, Long organisationId, LocalDate from, LocalDate to, Locale locale) {
		Organisation organisation = managed(by, organisationId);
		if (from == null) {
			throw FieldProblem.invalid("from", "field.required");
		}
		if (to == null) {
			throw FieldProblem.invalid("to", "field.required");
		}
		if (to.isBefore(from)) {
			throw FieldProblem.invalid("to", "field.end-date.before-start");
		}
		List<HoursFigures.Line> lines = new ArrayList<>();
		this.figures.forEachBatch(new HoursScope(side(organisation.getKind()), organisation.getPath()), from, to, BATCH,
				batch -> batch.stream().filter(l -> l.status() != HoursStatus.SUPERSEDED).forEach(lines::add));
		Map<Long, Account> students = new HashMap<>();
		List<Long> studentIds = lines.stream().map(HoursFigures.Line::studentId).distinct().toList();
		for (int i = 0; i < studentIds.size(); i += BATCH) {
			students.putAll(this.accounts.byId(studentIds.subList(i, Math.min(studentIds.size(), i + BATCH))));
		}
		Set<String> shared = this.accounts.sharedIdFingerprints(
				students.values().stream().map(Account::getIdFingerprint).filter(Objects::nonNull).distinct().toList());
		Map<Long, Project> projects = new HashMap<>();
		this.projects.all(lines.stream().map(HoursFigures.Line::projectId).distinct().toList())
			.forEach(p -> projects.put(p.getId(), p));
		Map<Long, String> organisationNames = new HashMap<>();
		this.organisations
			.all(projects.values()
				.stream()
				.map(p -> p.getTeamId() != null ? p.getTeamId() : p.getCommunityId())
				.distinct()
				.toList())
			.forEach(o -> organisationNames.put(o.getId(), o.getName()));
		Set<Long> before = new HashSet<>();
		List<Long> entryIds = lines.stream().map(HoursFigures.Line::id).toList();
		for (int i = 0; i < entryIds.size(); i += BATCH) {
			before.addAll(this.exports.findExported(entryIds.subList(i, Math.min(entryIds.size(), i + BATCH))));
		}
		List<Row> rows = new ArrayList<>();
		List<Refused> refused = new ArrayList<>();
		for (HoursFigures.Line line : lines) {
			Account student = students.get(line.studentId());
			Project project = projects.get(line.projectId());
			String activity = project == null ? "" : project.getTitle();
			String reason = reason(line, student, shared);
			if (reason != null) {
				refused.add(new Refused(line.id(), student.getDisplayName(),
						student.getIdType() == null ? null : student.getIdType().name(), student.getMaskedIdNumber(),
						activity, line.workDate(), line.hours(), reason,
						this.messages.getMessage("record.export.reason." + reason, null, locale)));
				continue;
			}
			String organiser = project == null ? "" : organisationNames
				.get(project.getTeamId() != null ? project.getTeamId() : project.getCommunityId());
			rows.add(new Row(line.id(), student.getDisplayName(), student.getIdType().name(), student.getIdNumber(),
					student.getVolunteerNumber(), activity, organiser, line.workDate(), line.workDate(), line.hours(),
					before.contains(line.id())));
		}
		int repeated = (int) rows.stream().filter(Row::exportedBefore).count();
		RecordExport export = this.exports.save(new RecordExport(organisation.getId(), organisation.getPath(), from, to,
				rows.size(), refused.size(), repeated, by.getUsername(), this.clock.instant()));
		rows.forEach(r -> this.exports.carried(export.getId(), r.entryId()));
		return new Export(export, rows, refused);
	}

	/** Why the entry cannot go, as a reason code; null when it can. */
	private static String reason(HoursFigures.Line line, Account student, Set<String> shared) {
		if (line.status() != HoursStatus.VERIFIED) {
			return "unverified";
		}
		if (student.getIdNumber() == null || student.getIdType() == null) {
			return "no-id";
		}
		if (student.getIdType() == IdDocumentType.RESIDENT_ID_CARD && !ResidentIdNumber.valid(student.getIdNumber())) {
			return "invalid-id";
		}
		if (shared.contains(student.getIdFingerprint())) {
			return "duplicate-id";
		}
		return null;
	}

	/** Writes the export as the national system's XLSX: the rows, then the refused. */
	public void write(Export export, OutputStream out) {
		List<Object[]> rows = export.rows()
			.stream()
			.map(r -> new Object[] { r.name(), NationalLayout.idType(r.idType()), r.idNumber(), r.volunteerNumber(),
					r.activity(), r.organisation(), r.start(), r.end(), r.hours(), r.exportedBefore() ? "是" : "" })
			.toList();
		List<Object[]> refused = export.refused()
			.stream()
			.map(r -> new Object[] { r.name(), NationalLayout.idType(r.idType()), r.maskedIdNumber(), r.activity(),
					r.day(), r.hours(), r.reasonText() })
			.toList();
		try {
			Spreadsheets.xlsx(List.of(new Spreadsheets.Sheet(NationalLayout.SHEET, NationalLayout.COLUMNS, rows),
					new Spreadsheets.Sheet(NationalLayout.REFUSED_SHEET, NationalLayout.REFUSED_COLUMNS, refused)),
					out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The latest exports of the organisations the person manages. */
	public List<RecordExport> latest(CurrentUser by) {
		List<String> paths = by.managedPaths();
		return paths.isEmpty() ? List.of() : this.exports.findInSubtree(paths.get(0), Limit.of(20));
	}

	/** The organisations the person may export. */
	public List<Organisation> choices(CurrentUser by) {
		return this.organisations.managed(by, OrganisationKind.UNIVERSITY, OrganisationKind.COLLEGE,
				OrganisationKind.TEAM, OrganisationKind.DISTRICT, OrganisationKind.STREET, OrganisationKind.COMMUNITY);
	}

	private Organisation managed(CurrentUser by, Long organisationId) {
		if (organisationId == null) {
			throw FieldProblem.invalid("organisationId", "field.required");
		}
		Organisation organisation = this.organisations.get(organisationId);
		if (!by.isAdmin() || !by.manages(organisation)) {
			throw Problem.notFound();
		}
		return organisation;
	}

	private static HoursScope.Side side(OrganisationKind kind) {
		return switch (kind) {
			case TEAM -> HoursScope.Side.TEAM;
			case UNIVERSITY, COLLEGE -> HoursScope.Side.STUDENT;
			default -> HoursScope.Side.COMMUNITY;
		};
	}

	/**
	 * An export: its record, its rows and the entries refused.
	 *
	 * @param record the export as recorded
	 * @param rows what goes to the national system
	 * @param refused what cannot go
	 */
	public record Export(RecordExport record, List<Row> rows, List<Refused> refused) {
	}

	/**
	 * A row of the national layout.
	 *
	 * @param entryId the hours entry
	 * @param name the volunteer
	 * @param idType the ID type's code
	 * @param idNumber the ID number, whole
	 * @param volunteerNumber the national volunteer number
	 * @param activity the project
	 * @param organisation who organised it: the team, or the community
	 * @param start the first day
	 * @param end the last day
	 * @param hours the verified hours
	 * @param exportedBefore whether an earlier export carried it
	 */
	public record Row(long entryId, String name, String idType, String idNumber, String volunteerNumber,
			String activity, String organisation, LocalDate start, LocalDate end, BigDecimal hours,
			boolean exportedBefore) {
	}

	/**
	 * An entry that cannot go.
	 *
	 * @param entryId the hours entry
	 * @param name the volunteer
	 * @param idType the ID type's code
	 * @param maskedIdNumber the ID number, masked
	 * @param activity the project
	 * @param day the day served
	 * @param hours its hours
	 * @param reason why, as a code: unverified, no-id, invalid-id, duplicate-id
	 * @param reasonText why, in the reader's language
	 */
	public record Refused(long entryId, String name, String idType, String maskedIdNumber, String activity,
			LocalDate day, BigDecimal hours, String reason, String reasonText) {
	}

}
