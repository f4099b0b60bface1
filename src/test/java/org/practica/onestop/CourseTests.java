package org.practica.onestop;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Safety courses: the quiz, one completion per pass, rates and reminders. */
class CourseTests extends OnestopTestSupport {

	@Autowired
	private CourseCompletions completions;

	private String course(Campus campus, boolean required) throws Exception {
		return read(postAs(token(campus.admin()), """
				{"organisationId":"%s","title":"消防安全","content":"发现火情拨打119","passMark":60,"required":%s,
				 "deadline":"2026-11-30","questions":[
				  {"text":"火警电话？","options":["110","119","120"],"answer":1},
				  {"text":"灭火器第一步？","options":["拔销","提起"],"answer":1},
				  {"text":"宿舍用电热锅？","options":["可以","不可以"],"answer":1}]}
				""".formatted(campus.university().getId(), required), "/api/v1/courses").andExpect(status().isCreated())
			.andExpect(jsonPath("$.questions[0].answer").doesNotExist()), "$.id");
	}

	@Test
	void aPassRecordsOneCompletionAndARetakeAddsNone() throws Exception {
		Campus campus = campus();
		String course = course(campus, false);
		String student = token(campus.student());
		postAs(student, "{\"answers\":[1,0,0]}", "/api/v1/courses/{id}/attempts", course).andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(33))
			.andExpect(jsonPath("$.passed").value(false))
			.andExpect(jsonPath("$.completion").doesNotExist());
		assertThat(this.completions.of(campus.student().getId())).isEmpty();
		postAs(student, "{\"answers\":[1,1,0]}", "/api/v1/courses/{id}/attempts", course).andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(66))
			.andExpect(jsonPath("$.passed").value(true))
			.andExpect(jsonPath("$.completion.courseVersion").value(1))
			.andExpect(jsonPath("$.completion.score").value(66));
		this.clock.advance(java.time.Duration.ofDays(1));
		student = token(campus.student());
		postAs(student, "{\"answers\":[1,1,1]}", "/api/v1/courses/{id}/attempts", course).andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(100))
			.andExpect(jsonPath("$.completion.score").value(66));
		List<CourseCompletion> done = this.completions.of(campus.student().getId());
		assertThat(done).hasSize(1);
		assertThat(done.get(0)).isEqualTo(new CourseCompletion("消防安全", 1, 66,
				org.practica.TestClock.START.atZone(this.clock.getZone()).toInstant(), campus.university().getId()));
		getAs(student, "/api/v1/me/record").andExpect(jsonPath("$.training.length()").value(1))
			.andExpect(jsonPath("$.training[0].title").value("消防安全"))
			.andExpect(jsonPath("$.training[0].provider").value(campus.university().getName()))
			.andExpect(
					jsonPath("$.training[0].completedOn").value(org.practica.TestClock.START.toLocalDate().toString()));
		getAs(student, "/api/v1/me/courses").andExpect(jsonPath("$[0].completion.score").value(66));
		postAs(student, "{\"answers\":[1]}", "/api/v1/courses/{id}/attempts", course).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers"));
		Campus elsewhere = campus();
		postAs(token(elsewhere.student()), "{\"answers\":[1,1,1]}", "/api/v1/courses/{id}/attempts", course)
			.andExpect(status().isNotFound());
	}

	@Test
	void aCollegeSeesWhoHasNotCompletedARequiredCourseAndRemindsThem() throws Exception {
		Campus campus = campus();
		Account late = user(Role.STUDENT, campus.college());
		Account collegeAdmin = user(Role.COLLEGE_ADMIN, campus.college());
		String course = course(campus, true);
		postAs(token(campus.student()), "{\"answers\":[1,1,1]}", "/api/v1/courses/{id}/attempts", course)
			.andExpect(jsonPath("$.passed").value(true));
		getAs(token(collegeAdmin), "/api/v1/courses/{id}/completions?organisationId={org}", course,
				campus.college().getId())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.students").value(2))
			.andExpect(jsonPath("$.completed").value(1))
			.andExpect(jsonPath("$.percent").value(50))
			.andExpect(jsonPath("$.missing[0].id").value(late.getId().toString()));
		postAs(token(collegeAdmin), null, "/api/v1/courses/{id}/reminders?organisationId={org}", course,
				campus.college().getId())
			.andExpect(jsonPath("$.reminded").value(1));
		eventsHandled();
		assertThat(this.notifications.latest(this.accounts.actingAs(late.getUsername())))
			.anyMatch(n -> n.getMessageKey().equals("onestop.notice.course"));
		assertThat(this.notifications.latest(this.accounts.actingAs(campus.student().getUsername())))
			.noneMatch(n -> n.getMessageKey().equals("onestop.notice.course"));
		getAs(token(campus().admin()), "/api/v1/courses/{id}/completions", course).andExpect(status().isNotFound());
		postAs(token(campus.admin()), """
				{"organisationId":"%s","title":"x","content":"y","passMark":60,"required":true,
				 "questions":[{"text":"q","options":["a","b"],"answer":0}]}
				""".formatted(campus.university().getId()), "/api/v1/courses").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("deadline"));
	}

}
