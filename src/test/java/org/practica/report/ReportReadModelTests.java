package org.practica.report;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practica.direction.Directions;
import org.practica.directory.Accounts;
import org.practica.directory.Organisations;
import org.practica.hours.HoursFigures;
import org.practica.need.NeedPublished;
import org.practica.project.ProjectCompleted;
import org.practica.project.ProjectCreated;
import org.practica.project.Projects;
import org.practica.signup.SignupCancelled;
import org.practica.signup.SignupConfirmed;
import org.practica.signup.WaitlistedSignupPromoted;
import org.practica.support.EventRedelivery;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report module on its own: its copies of projects, needs and seats follow the other
 * modules' events whatever their order, and however often a delivery comes.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class ReportReadModelTests {

	private static final AtomicLong SEQUENCE = new AtomicLong(800_000_000L + System.currentTimeMillis() % 1_000_000);

	// the modules the summary, the dashboard and the exports ask; the copies need none
	@MockitoBean
	Organisations organisations;

	@MockitoBean
	Directions directions;

	@MockitoBean
	HoursFigures hours;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	Projects projects;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventRedelivery redelivery;

	@Test
	void aProjectsEndBeforeItsCreationWaitsForItAndARepeatedCreationChangesNothing(Scenario scenario) {
		long project = SEQUENCE.incrementAndGet();
		scenario
			.publish(new ProjectCompleted(project, "项目", 13L, "/5/6/13/", 14L, "/1/2/14/",
					Instant.parse("2026-10-02T02:00:00Z")))
			.andWaitForStateChange(() -> failedDeliveries("ProjectCompleted", project), (failed) -> failed > 0)
			.andVerify((failed) -> assertThat(status(project)).isNull());

		ProjectCreated created = new ProjectCreated(project, 11L, 12L, 13L, 14L, "/5/6/13/", "/1/2/14/", "ELDERLY_CARE",
				"VOLUNTEER_SERVICE", Instant.parse("2026-10-01T02:00:00Z"));
		scenario.publish(created)
			.andWaitForStateChange(() -> status(project))
			.andVerify((status) -> assertThat(status).isEqualTo("ACTIVE"));

		this.redelivery.resubmit();
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(status(project)));
		assertThat(failedDeliveries("ProjectCompleted", project)).isZero();

		scenario.publish(created)
			.andWaitForStateChange(() -> 0L == outstanding())
			.andVerify((done) -> assertThat(status(project)).isEqualTo("COMPLETED"));
		assertThat(this.jdbc
			.sql("select count(*) from report_project where project_id = ? and community_path = '/5/6/13/' "
					+ "and team_path = '/1/2/14/' and direction = 'ELDERLY_CARE' and direction_top = 'VOLUNTEER_SERVICE'")
			.param(project)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aSeatCountsWhileConfirmedAndNotCancelledWhateverTheOrder(Scenario scenario) {
		long project = SEQUENCE.incrementAndGet();
		long student = SEQUENCE.incrementAndGet();
		long first = SEQUENCE.incrementAndGet();
		long second = SEQUENCE.incrementAndGet();
		// the cancellation is handled before the confirmation it undoes
		scenario.publish(new SignupCancelled(first, 1L, project, student, true))
			.andWaitForStateChange(() -> 0L == outstanding())
			.andVerify((done) -> assertThat(studentsWithSeats(project)).isZero());
		scenario.publish(new SignupConfirmed(first, 1L, project, student))
			.andWaitForStateChange(() -> 0L == outstanding())
			.andVerify((done) -> assertThat(studentsWithSeats(project)).isZero());
		// another seat of the same student, delivered twice: one student
		WaitlistedSignupPromoted promoted = new WaitlistedSignupPromoted(second, 2L, project, student, "班次",
				Instant.parse("2026-11-07T01:00:00Z"));
		scenario.publish(promoted).andWaitForStateChange(() -> studentsWithSeats(project), (n) -> n == 1);
		scenario.publish(promoted)
			.andWaitForStateChange(() -> 0L == outstanding())
			.andVerify((done) -> assertThat(studentsWithSeats(project)).isEqualTo(1));
	}

	@Test
	void aNeedKeepsItsFirstPublication(Scenario scenario) {
		long need = SEQUENCE.incrementAndGet();
		scenario.publish(new NeedPublished(need, 13L, "/5/6/13/", Instant.parse("2026-03-01T00:00:00Z")))
			.andWaitForStateChange(() -> publishedAt(need));
		scenario.publish(new NeedPublished(need, 13L, "/5/6/13/", Instant.parse("2026-04-01T00:00:00Z")))
			.andWaitForStateChange(() -> 0L == outstanding())
			.andVerify((done) -> assertThat(publishedAt(need)).isEqualTo(Instant.parse("2026-03-01T00:00:00Z")));
	}

	private String status(long project) {
		return this.jdbc.sql("select status from report_project where project_id = ?")
			.param(project)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private long studentsWithSeats(long project) {
		return this.jdbc
			.sql("select count(distinct student_id) from report_signup where project_id = ? and confirmed = true "
					+ "and cancelled = false")
			.param(project)
			.query(Long.class)
			.single();
	}

	private Instant publishedAt(long need) {
		return this.jdbc.sql("select published_at from report_need where need_id = ?")
			.param(need)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional()
			.orElse(null);
	}

	private long failedDeliveries(String event, long projectId) {
		return this.jdbc
			.sql("select count(*) from event_publication where completion_date is null and status = 'FAILED' "
					+ "and event_type like ? and serialized_event like ?")
			.params("%" + event, "%\"projectId\":" + projectId + "%")
			.query(Long.class)
			.single();
	}

	/** Deliveries still running or waiting to run (not failed). */
	private long outstanding() {
		return this.jdbc
			.sql("select count(*) from event_publication where completion_date is null "
					+ "and (status is null or status <> 'FAILED')")
			.query(Long.class)
			.single();
	}

}
