package org.practica.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evaluations through the API: blind until both sides have rated or the window closed,
 * once per rater and subject, only by the parties, never changed.
 */
class EvaluationApiTests extends EvaluationTestSupport {

	@Autowired
	RatingPublication publication;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFirstRatingIsInvisibleToTheOtherSideUntilTheSecondRates() throws Exception {
		Completed done = completed();
		String community = token(done.world().communityAdmin());
		String leader = token(done.world().teamLeader());
		Instant closes = this.clock.instant().plus(Duration.ofDays(7));

		postAs(community, ofTeam(4), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.about").value("TEAM"))
			.andExpect(jsonPath("$.subjectId").value(done.world().team().getId().toString()))
			.andExpect(jsonPath("$.scores.SKILL").value(4))
			.andExpect(jsonPath("$.published").value(false))
			.andExpect(jsonPath("$.waitingUntil").value(offset(closes)));

		getAs(community, "/api/v1/projects/{id}/evaluations", done.project()).andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].comment").value("准备充分，按时到场"))
			.andExpect(jsonPath("$.mayRate[*].about", not(hasItem("TEAM"))))
			.andExpect(jsonPath("$.mayRate[*].about", hasItem("STUDENT")));
		getAs(leader, "/api/v1/projects/{id}/evaluations", done.project()).andExpect(jsonPath("$.items", hasSize(0)))
			.andExpect(jsonPath("$.open").value(true))
			.andExpect(jsonPath("$.closesAt").value(offset(closes)))
			.andExpect(jsonPath("$.mayRate[0].about").value("COMMUNITY"))
			.andExpect(jsonPath("$.mayRate[0].criteria",
					org.hamcrest.Matchers.contains("CLARITY", "SUPPORT", "SAFETY", "RESPECT")));
		// the student of the team sees neither
		getAs(token(done.student()), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(jsonPath("$.items", hasSize(0)));

		this.clock.advance(Duration.ofDays(2));
		leader = token(done.world().teamLeader());
		community = token(done.world().communityAdmin());
		postAs(leader, ofCommunity(5), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.published").value(true))
			.andExpect(jsonPath("$.publishedAt").value(offset(this.clock.instant())));

		getAs(leader, "/api/v1/projects/{id}/evaluations", done.project()).andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[*].about", containsInAnyOrder("TEAM", "COMMUNITY")))
			.andExpect(jsonPath("$.items[?(@.about == 'TEAM')].published").value(true))
			.andExpect(jsonPath("$.items[?(@.about == 'TEAM')].comment").value("准备充分，按时到场"))
			.andExpect(jsonPath("$.mayRate", hasSize(0)));
		getAs(community, "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(jsonPath("$.items[?(@.about == 'COMMUNITY')].scores.SAFETY").value(5));
	}

	@Test
	void aLoneRatingIsPublishedSevenDaysAfterCompletionAndNothingChangesAfter() throws Exception {
		Completed done = completed();
		String community = token(done.world().communityAdmin());
		String leader = token(done.world().teamLeader());
		String id = read(postAs(community, ofTeam(3), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(status().isCreated()), "$.id");
		Instant closes = this.clock.instant().plus(Duration.ofDays(7));

		this.clock.advance(Duration.ofDays(7).minusMinutes(1));
		leader = token(done.world().teamLeader());
		community = token(done.world().communityAdmin());
		getAs(leader, "/api/v1/projects/{id}/evaluations", done.project()).andExpect(jsonPath("$.items", hasSize(0)));
		assertThat(this.publication.publishClosed()).isZero();

		this.clock.advance(Duration.ofMinutes(1));
		// public from the closing time on, before the job has recorded it
		getAs(leader, "/api/v1/projects/{id}/evaluations", done.project()).andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].published").value(true))
			.andExpect(jsonPath("$.items[0].publishedAt").value(offset(closes)))
			.andExpect(jsonPath("$.open").value(false))
			.andExpect(jsonPath("$.mayRate", hasSize(0)));
		assertThat(publishedAt(id)).isNull();
		assertThat(this.publication.publishClosed()).isGreaterThanOrEqualTo(1);
		assertThat(publishedAt(id)).isEqualTo(closes);
		// a second instance running the job finds nothing left
		assertThat(this.publication.publishClosed()).isZero();

		// the other side may no longer rate after seeing it, and nobody changes theirs
		postAs(leader, ofCommunity(1), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("The time to rate this project is over."));
		postAs(community, ofTeam(5), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(status().isConflict());
		getAs(leader, "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(jsonPath("$.items[0].scores.SKILL").value(3));
	}

	@Test
	void oneRatingPerRaterAndSubjectAndNoneBeforeCompletion() throws Exception {
		World world = world();
		String project = project(world);
		String community = token(world.communityAdmin());
		postAs(community, ofTeam(4), "/api/v1/projects/{id}/evaluations", project).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("A project is rated once it is completed."));
		complete(world, project);
		postAs(community, ofTeam(4), "/api/v1/projects/{id}/evaluations", project).andExpect(status().isCreated());
		postAs(community, ofTeam(2), "/api/v1/projects/{id}/evaluations", project).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("You have rated this already; a rating cannot be changed."));
		assertThat(rows(project)).isEqualTo(1);
	}

	@Test
	void twoSimultaneousPostsLeaveOneRow() throws Exception {
		World world = world();
		String project = project(world);
		complete(world, project);
		String community = token(world.communityAdmin());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> posts = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				posts.add(pool.submit(() -> {
					start.await();
					return postAs(community, ofTeam(4), "/api/v1/projects/{id}/evaluations", project).andReturn()
						.getResponse()
						.getStatus();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> post : posts) {
				statuses.add(post.get());
			}
			Collections.sort(statuses);
			assertThat(statuses).containsExactly(201, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(rows(project)).isEqualTo(1);
	}

	@Test
	void onlyPartiesRateAndAStudentWithoutVerifiedHoursIsRefused() throws Exception {
		Completed done = completed();
		World world = done.world();
		Account idle = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), idle.getId());
		// sees the project as a member of its team, but served no verified hours on it
		getAs(token(idle), "/api/v1/projects/{id}", done.project()).andExpect(status().isOk());
		postAs(token(idle), ofCommunity(4), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(status().isForbidden());
		// the leader may not rate their own team, nor the community admin the community
		postAs(token(world.teamLeader()), ofTeam(5), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(status().isForbidden());
		postAs(token(world.communityAdmin()), ofCommunity(5), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(status().isForbidden());
		// the district admin sees the project but is no party
		postAs(token(world.districtAdmin()), ofTeam(5), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(status().isForbidden());
		// a student without verified hours cannot be rated either
		postAs(token(world.communityAdmin()), ofStudent(idle, 4), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("studentId"));
		assertThat(rows(done.project())).isZero();
	}

	@Test
	void theStudentSeesTheCommunitysRatingOfThemOnceBothHaveRated() throws Exception {
		Completed done = completed();
		String community = token(done.world().communityAdmin());
		String student = token(done.student());
		postAs(community, ofStudent(done.student(), 5), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.published").value(false));
		getAs(student, "/api/v1/projects/{id}/evaluations", done.project()).andExpect(jsonPath("$.items", hasSize(0)))
			.andExpect(jsonPath("$.mayRate[0].about").value("COMMUNITY"));
		getAs(student, "/api/v1/me/ratings").andExpect(jsonPath("$.items", hasSize(0)));

		postAs(student, ofCommunity(4), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.raterRole").value("STUDENT"))
			.andExpect(jsonPath("$.published").value(true));
		getAs(student, "/api/v1/projects/{id}/evaluations", done.project()).andExpect(jsonPath("$.items", hasSize(2)));
		getAs(student, "/api/v1/me/ratings").andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].scores.ATTITUDE").value(5))
			.andExpect(jsonPath("$.items[0].projectTitle").value("项目需求"));
		// the team leader's pair is still waiting: the leader sees the student's rating
		// (their
		// side), not the community's of the team, which was never given
		getAs(token(done.world().teamLeader()), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(jsonPath("$.items[*].raterRole", hasItem("STUDENT")));
	}

	@Test
	void badScoresAre400sNamingTheField() throws Exception {
		Completed done = completed();
		String leader = token(done.world().teamLeader());
		String url = "/api/v1/projects/{id}/evaluations";
		postAs(leader, """
				{"about":"COMMUNITY","scores":{"CLARITY":4,"SUPPORT":4,"RESPECT":4}}""", url, done.project())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores.SAFETY"))
			.andExpect(jsonPath("$.errors[0].message").value("Give SAFETY a score from 1 to 5."));
		postAs(leader, """
				{"about":"COMMUNITY","scores":{"CLARITY":4,"SUPPORT":4,"SAFETY":6,"RESPECT":4}}""", url, done.project())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores.SAFETY"));
		postAs(leader, """
				{"about":"COMMUNITY","scores":{"CLARITY":4,"SUPPORT":4,"SAFETY":3.5,"RESPECT":0}}""", url,
				done.project())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("scores.SAFETY", "scores.RESPECT")));
		postAs(leader, """
				{"about":"COMMUNITY","scores":{"CLARITY":4,"SUPPORT":4,"SAFETY":4,"RESPECT":4,"FOOD":5}}""", url,
				done.project())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores.FOOD"));
		postAs(leader, """
				{"about":"SOMEONE","scores":{}}""", url, done.project()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("about"));
		postAs(token(done.world().communityAdmin()), """
				{"about":"STUDENT","scores":{}}""", url, done.project()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("studentId"));
		postAs(leader, ofCommunity(4).replace("任务清楚，现场有人接待", "长".repeat(2001)), url, done.project())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		assertThat(rows(done.project())).isZero();
	}

	@Test
	void anotherCommunitysAdminAndAnotherTeamsLeaderFindNothing() throws Exception {
		Completed done = completed();
		World other = world();
		postAs(token(done.world().communityAdmin()), ofTeam(4), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(status().isCreated());
		for (Account intruder : List.of(other.communityAdmin(), other.teamLeader(), other.student())) {
			String token = token(intruder);
			getAs(token, "/api/v1/projects/{id}/evaluations", done.project()).andExpect(status().isNotFound());
			postAs(token, ofCommunity(1), "/api/v1/projects/{id}/evaluations", done.project())
				.andExpect(status().isNotFound());
			postAs(token, ofTeam(1), "/api/v1/projects/{id}/evaluations", done.project())
				.andExpect(status().isNotFound());
		}
		getAs(token(other.communityAdmin()), "/api/v1/projects/{id}/evaluations", "999999999")
			.andExpect(status().isNotFound());
		// someone else's ratings are not in "my ratings"
		getAs(token(other.student()), "/api/v1/me/ratings").andExpect(jsonPath("$.items", hasSize(0)));
		// criteria: another organisation's admin may read them, not change them
		String criteria = """
				{"about":"TEAM","criteria":[{"code":"TEAMWORK","name":"团队协作"}]}""";
		putAs(token(other.universityAdmin()), criteria, "/api/v1/organisations/{id}/evaluation-criteria",
				done.world().university().getId())
			.andExpect(status().isForbidden());
		putAs(token(other.communityAdmin()), criteria, "/api/v1/organisations/{id}/evaluation-criteria",
				done.world().university().getId())
			.andExpect(status().isForbidden());
		getAs(token(other.communityAdmin()), "/api/v1/organisations/{id}/evaluation-criteria",
				done.world().university().getId())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.own").value(false));
		getAs(null, "/api/v1/projects/{id}/evaluations", done.project()).andExpect(status().isUnauthorized());
		getAs(null, "/api/v1/organisations/{id}/ratings", done.world().team().getId())
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anOrganisationsOwnCriteriaAreAskedOfItsTeams() throws Exception {
		Completed done = completed();
		String university = token(done.world().universityAdmin());
		String url = "/api/v1/organisations/{id}/evaluation-criteria";
		Long id = done.world().university().getId();
		getAs(university, url, id).andExpect(jsonPath("$.about").value("TEAM"))
			.andExpect(jsonPath("$.own").value(false))
			.andExpect(jsonPath("$.criteria[*].code",
					org.hamcrest.Matchers.contains("PREPARATION", "PUNCTUALITY", "SKILL", "ATTITUDE")))
			.andExpect(jsonPath("$.criteria[0].label").value("Preparation"));
		putAs(university, """
				{"about":"TEAM","criteria":[{"code":"punctuality"},{"code":"TEAMWORK","name":"团队协作"}]}""", url, id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.own").value(true))
			.andExpect(jsonPath("$.criteria[*].code", org.hamcrest.Matchers.contains("PUNCTUALITY", "TEAMWORK")))
			.andExpect(jsonPath("$.criteria[1].label").value("团队协作"));
		// the college below inherits them
		getAs(university, url, done.world().college().getId()).andExpect(jsonPath("$.own").value(false))
			.andExpect(jsonPath("$.criteria[1].code").value("TEAMWORK"));
		putAs(university,
				"""
						{"about":"TEAM","criteria":[{"code":"X"},{"code":"NEW_ONE"},{"code":"TEAMWORK","name":"a"},{"code":"TEAMWORK","name":"b"}]}""",
				url, id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("criteria[0].code", "criteria[0].name",
					"criteria[1].name", "criteria[3].code")));
		// the rated party never chooses what it is judged by
		putAs(token(done.world().teamLeader()), """
				{"about":"TEAM","criteria":[{"code":"ATTITUDE"}]}""", url, done.world().team().getId())
			.andExpect(status().isUnprocessableContent());
		putAs(token(done.world().communityAdmin()), """
				{"about":"COMMUNITY","criteria":[{"code":"SAFETY"}]}""", url, done.world().community().getId())
			.andExpect(status().isUnprocessableContent());
		putAs(university, """
				{"about":"COMMUNITY","criteria":[]}""", url, id).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("about"));

		String community = token(done.world().communityAdmin());
		postAs(community, ofTeam(4), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("scores.TEAMWORK")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("scores.SKILL")));
		postAs(community, """
				{"about":"TEAM","scores":{"PUNCTUALITY":5,"TEAMWORK":4}}""", "/api/v1/projects/{id}/evaluations",
				done.project())
			.andExpect(status().isCreated());
		// an empty list inherits the defaults again
		putAs(university, """
				{"about":"TEAM","criteria":[]}""", url, id).andExpect(jsonPath("$.own").value(false))
			.andExpect(jsonPath("$.criteria[0].code").value("PREPARATION"));
	}

	private long rows(String project) {
		return this.jdbc.sql("select count(*) from evaluation where project_id = ?")
			.param(Long.valueOf(project))
			.query(Long.class)
			.single();
	}

	private Instant publishedAt(String id) {
		List<java.sql.Timestamp> at = this.jdbc.sql("select published_at from evaluation where id = ?")
			.param(Long.valueOf(id))
			.query(java.sql.Timestamp.class)
			.list();
		return (at.get(0) == null) ? null : at.get(0).toInstant();
	}

	/** An instant as the API writes it: to the second, with Shanghai's offset. */
	private static String offset(Instant instant) {
		return java.time.OffsetDateTime
			.ofInstant(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), java.time.ZoneId.of("Asia/Shanghai"))
			.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

}
