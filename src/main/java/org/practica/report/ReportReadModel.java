package org.practica.report;

import java.sql.Timestamp;

import org.practica.need.NeedPublished;
import org.practica.project.ProjectCancelled;
import org.practica.project.ProjectCompleted;
import org.practica.project.ProjectCreated;
import org.practica.project.ProjectStatus;
import org.practica.signup.SignupAssignedByRound;
import org.practica.signup.SignupCancelled;
import org.practica.signup.SignupConfirmed;
import org.practica.signup.WaitlistedSignupPromoted;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the report's own copies of projects, needs and seats ({@code report_project},
 * {@code report_need}, {@code report_signup}, see V51) from the owning modules' events,
 * each after the change committed, in a transaction of its own. The summary and the
 * exports count from them and never read another module's tables.
 * <p>
 * Events may come more than once (a failed delivery is resubmitted) and, being handled on
 * several threads, in another order than they were published; every change here is
 * written so that neither matters: a row is inserted only when it is not there yet, a
 * sign-up's row says whether it was confirmed and whether it was cancelled, and a
 * project's final status waits (fails, and is resubmitted) until its creation is in.
 */
@Component
class ReportReadModel {

	private final JdbcClient jdbc;

	ReportReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An owned project (a club's activity) takes place at its owner's organisation, in
	 * the university tree: it counts under that tree, as a team's project does.
	 */
	@ApplicationModuleListener
	void on(ProjectCreated event) {
		String teamPath = event.teamPath() != null ? event.teamPath()
				: event.ownerKind() != null ? event.communityPath() : null;
		this.jdbc.sql("""
				insert into report_project (project_id, need_id, community_id, community_path, team_id, team_path,
				  direction, direction_top, status, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(event.projectId(), event.needId(), event.communityId(), event.communityPath(), event.teamId(),
					teamPath, event.direction(), event.directionTop(), ProjectStatus.ACTIVE.name(),
					Timestamp.from(event.createdAt()))
			.update();
	}

	@ApplicationModuleListener
	void on(ProjectCompleted event) {
		ended(event.projectId(), ProjectStatus.COMPLETED);
	}

	@ApplicationModuleListener
	void on(ProjectCancelled event) {
		ended(event.projectId(), ProjectStatus.CANCELLED);
	}

	private void ended(Long projectId, ProjectStatus status) {
		int updated = this.jdbc.sql("update report_project set status = ? where project_id = ?")
			.params(status.name(), projectId)
			.update();
		if (updated == 0) {
			// its creation has not been handled yet: this delivery fails, and is tried
			// again
			throw new IllegalStateException("Project " + projectId + " is not in the report's read model yet");
		}
	}

	@ApplicationModuleListener
	void on(NeedPublished event) {
		this.jdbc
			.sql("insert into report_need (need_id, organisation_path, published_at) values (?, ?, ?) "
					+ "on conflict do nothing")
			.params(event.needId(), event.organisationPath(), Timestamp.from(event.publishedAt()))
			.update();
	}

	@ApplicationModuleListener
	void on(SignupConfirmed event) {
		seat(event.signupId(), event.projectId(), event.studentId(), "confirmed");
	}

	@ApplicationModuleListener
	void on(SignupAssignedByRound event) {
		seat(event.signupId(), event.projectId(), event.studentId(), "confirmed");
	}

	@ApplicationModuleListener
	void on(WaitlistedSignupPromoted event) {
		seat(event.signupId(), event.projectId(), event.studentId(), "confirmed");
	}

	@ApplicationModuleListener
	void on(SignupCancelled event) {
		if (event.heldSeat()) {
			seat(event.signupId(), event.projectId(), event.studentId(), "cancelled");
		}
	}

	/** Marks the sign-up's row (made if missing) confirmed or cancelled. */
	private void seat(Long signupId, Long projectId, Long studentId, String flag) {
		this.jdbc
			.sql("insert into report_signup (signup_id, project_id, student_id, confirmed, cancelled) "
					+ "values (?, ?, ?, false, false) on conflict do nothing")
			.params(signupId, projectId, studentId)
			.update();
		this.jdbc.sql("update report_signup set " + flag + " = true where signup_id = ?").param(signupId).update();
	}

}
