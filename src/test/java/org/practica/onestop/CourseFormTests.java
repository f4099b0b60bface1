package org.practica.onestop;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.directory.Account;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An admin offers and revises a safety course and its quiz from the page: field messages
 * in both languages, nothing half-saved, a revision is a new version, others get 404.
 */
class CourseFormTests extends OnestopTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anAdminOffersACourseWithItsQuizAndRevisesItAsANewVersion() throws Exception {
		Campus campus = campus();
		Long university = campus.university().getId();
		this.mvc.perform(as(campus.admin(), get("/onestop/admin")).cookie(ENGLISH))
			.andExpect(content().string(containsString("id=\"new-course\"")));
		this.mvc
			.perform(
					as(campus.admin(), get("/onestop/admin/courses/new")).param("organisationId", university.toString())
						.cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("New safety course")))
			.andExpect(content().string(containsString("name=\"questions[2].options\"")));

		// every field's problem at once, in English and in Chinese, and nothing saved
		this.mvc
			.perform(as(campus.admin(), post("/onestop/admin/courses")).param("organisationId", university.toString())
				.param("title", " ")
				.param("content", "火灾时先报警")
				.param("passMark", "0")
				.param("questions[0].text", "着火时先做什么？")
				.param("questions[0].options", "报警\n收拾东西")
				.param("questions[0].answer", "3")
				.param("questions[1].options", "只有一个选项")
				.cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the course a title.")))
			.andExpect(content().string(containsString("The pass mark is a whole number from 1 to 100.")))
			.andExpect(content().string(containsString("data-field=\"questions[0].answer\"")))
			.andExpect(content().string(containsString("The right answer must be one of the options.")))
			.andExpect(content().string(containsString("Write the question, or empty the whole block.")))
			.andExpect(content().string(containsString("Give 2 to 8 options, one a line.")));
		this.mvc
			.perform(as(campus.admin(), post("/onestop/admin/courses")).param("organisationId", university.toString())
				.param("title", "消防安全")
				.param("content", "内容")
				.param("passMark", "60")
				.param("required", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("测验至少需要一道题。")))
			.andExpect(content().string(containsString("必修课程需要截止日期。")));
		assertThat(courses(university)).isZero();

		this.mvc
			.perform(as(campus.admin(), post("/onestop/admin/courses")).param("organisationId", university.toString())
				.param("title", "消防安全")
				.param("content", "火灾时先报警，再沿安全通道撤离。")
				.param("passMark", "50")
				.param("questions[0].text", "着火时先做什么？")
				.param("questions[0].options", "报警\n收拾东西\n")
				.param("questions[0].answer", "1")
				.param("questions[1].text", "能乘电梯撤离吗？")
				.param("questions[1].options", "能\r\n不能")
				.param("questions[1].answer", "2")
				.param("questions[2].text", "")
				.param("questions[2].options", ""))
			.andExpect(redirectedUrl("/onestop/admin?organisationId=" + university + "#course-rates"));
		assertThat(courses(university)).isEqualTo(1);
		Long course = this.jdbc.sql("select id from onestop_course where organisation_id = ?")
			.params(university)
			.query(Long.class)
			.single();
		String student = token(campus.student());
		getAs(student, "/api/v1/courses/{id}", course).andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.questions.length()").value(2))
			.andExpect(jsonPath("$.questions[1].options[1]").value("不能"));
		postAs(student, "{\"answers\":[0,1]}", "/api/v1/courses/{id}/attempts", course)
			.andExpect(jsonPath("$.passed").value(true));

		this.mvc.perform(as(campus.admin(), get("/onestop/admin/courses/{id}/edit", course)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("能乘电梯撤离吗？")))
			.andExpect(content().string(containsString("Now version 1; saving makes version 2.")));
		this.mvc
			.perform(as(campus.admin(), post("/onestop/admin/courses/{id}", course)).param("title", "消防安全（新）")
				.param("content", "新内容")
				.param("passMark", "100")
				.param("questions[0].text", "着火时先做什么？")
				.param("questions[0].options", "报警\n收拾东西")
				.param("questions[0].answer", "1"))
			.andExpect(redirectedUrl("/onestop/admin?organisationId=" + university + "#course-rates"));
		getAs(student, "/api/v1/courses/{id}", course).andExpect(jsonPath("$.title").value("消防安全（新）"))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.questions.length()").value(1));
		// the student's pass of version 1 stays
		getAs(student, "/api/v1/me/courses").andExpect(jsonPath("$[0].completion.courseVersion").value(1));
	}

	@Test
	void nobodyButTheCoursesAdminsEditsItAndTheFormNeedsItsToken() throws Exception {
		Campus campus = campus();
		Long university = campus.university().getId();
		String course = read(postAs(token(campus.admin()), """
				{"organisationId":"%s","title":"防诈骗","content":"不转账","passMark":100,"required":false,
				 "questions":[{"text":"陌生人要验证码？","options":["给","不给"],"answer":1}]}
				""".formatted(university), "/api/v1/courses").andExpect(status().isCreated()), "$.id");
		Organisation other = org("Other", OrganisationKind.UNIVERSITY, null, 26.9, 112.6);
		Account otherAdmin = user(Role.UNIVERSITY_ADMIN, other);
		for (Account someone : new Account[] { campus.student(), campus.counsellor(), otherAdmin }) {
			this.mvc.perform(as(someone, get("/onestop/admin/courses/{id}/edit", course)))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(as(otherAdmin, post("/onestop/admin/courses/{id}", course)).param("title", "x")
				.param("content", "x")
				.param("passMark", "50")
				.param("questions[0].text", "x")
				.param("questions[0].options", "a\nb")
				.param("questions[0].answer", "1"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/onestop/admin/courses/{id}", course)
				.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(campus.admin().getUsername())))
				.param("title", "x"))
			.andExpect(status().isForbidden());
		putAs(token(campus.admin()), """
				{"title":"防诈骗","content":"不转账，不给验证码","passMark":100,"required":false,
				 "questions":[{"text":"陌生人要验证码？","options":["给","不给"],"answer":1}]}
				""", "/api/v1/courses/{id}", course).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		// answers to the version read before the revision are not scored against the new
		// one
		String student = token(campus.student());
		postAs(student, "{\"answers\":[1],\"courseVersion\":1}", "/api/v1/courses/{id}/attempts", course)
			.andExpect(status().isConflict());
		postAs(student, "{\"answers\":[1],\"courseVersion\":2}", "/api/v1/courses/{id}/attempts", course)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passed").value(true))
			.andExpect(jsonPath("$.completion.courseVersion").value(2));
		putAs(token(otherAdmin), """
				{"organisationId":"%s","title":"x","content":"x","passMark":100,"required":false,
				 "questions":[{"text":"x","options":["a","b"],"answer":1}]}
				""".formatted(other.getId()), "/api/v1/courses/{id}", course).andExpect(status().isNotFound());
	}

	private long courses(Long organisation) {
		return this.jdbc.sql("select count(*) from onestop_course where organisation_id = ?")
			.params(organisation)
			.query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
