package org.practica.report;

import java.util.regex.Pattern;

import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.hours.HoursScope;

/**
 * Which rows belong to an organisation's subtree, for the summary and the exports alike:
 * for a university or college, projects whose team path lies under it and hours whose
 * student path lies under it; for a team, projects and hours whose team path lies under
 * it; for a district, street or community, projects and hours whose community path lies
 * under it.
 */
record ReportScope(String path, OrganisationKind kind) {

	private static final Pattern PATH = Pattern.compile("(/[0-9]+)+/");

	ReportScope(Organisation organisation) {
		this(organisation.getPath(), organisation.getKind());
	}

	/** The parameter {@code /1/5/%} that a {@code like} matches the subtree with. */
	String like() {
		return this.path + "%";
	}

	/**
	 * The same as an SQL literal, {@code '/1/5/%'}, to be written into a statement: a
	 * prepared statement run often gets a generic plan from PostgreSQL, and a generic
	 * plan of {@code like ?} cannot use the path index, so it scans the table. Only an
	 * organisation's path (digits and slashes) is ever written so.
	 */
	String likeLiteral() {
		if (!PATH.matcher(this.path).matches()) {
			throw new IllegalStateException("Not an organisation path: " + this.path);
		}
		return "'" + like() + "'";
	}

	boolean universitySide() {
		return this.kind.isUniversitySide();
	}

	/** The project column that puts a project in the subtree. */
	String projectColumn() {
		return universitySide() ? "team_path" : "community_path";
	}

	/** The hours entry column that puts an entry in the subtree. */
	String hoursColumn() {
		if (this.kind == OrganisationKind.TEAM) {
			return "team_path";
		}
		return universitySide() ? "student_path" : "community_path";
	}

	/** The hours entries of the subtree, as the hours module selects them. */
	HoursScope hours() {
		if (this.kind == OrganisationKind.TEAM) {
			return new HoursScope(HoursScope.Side.TEAM, this.path);
		}
		return new HoursScope(universitySide() ? HoursScope.Side.STUDENT : HoursScope.Side.COMMUNITY, this.path);
	}

	/**
	 * The side of the rollups the scope's hours are kept on: its team's (T), its
	 * students' organisations' (S), or its communities' (C).
	 */
	String side() {
		if (this.kind == OrganisationKind.TEAM) {
			return "T";
		}
		return universitySide() ? "S" : "C";
	}

}
