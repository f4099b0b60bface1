package org.practica.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public notice as the public, an owner module and the organisation's admins use it:
 * public JSON and page without the objectors' details, objections by real name inside the
 * window only, the throttle per address, decisions by the organisation's admins only, an
 * undecided objection holding only its subject, and the end published once.
 */
class NoticeApiTests extends ApiTestSupport {

	private static final AtomicInteger ADDRESS = new AtomicInteger();

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Autowired
	private Notices notices;

	@Autowired
	private JdbcClient jdbc;

	private Notice open(World world, String... names) {
		List<NewNotice.Subject> subjects = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			subjects.add(new NewNotice.Subject("nomination:" + i, names[i],
					List.of(new NewNotice.Fact("notice.objection.subject", "value " + i),
							new NewNotice.Fact("Verified hours", "20"))));
		}
		return this.notices
			.open(new NewNotice(world.university().getId(), "test-owner", 42L, unique("Notice "), null, 5, subjects));
	}

	private static String address() {
		return "10.9." + (ADDRESS.incrementAndGet() / 250) + "." + (ADDRESS.get() % 250);
	}

	private ResultActions object(Notice notice, Object subjectId, String json, String address) throws Exception {
		String body = json.replace("SUBJECT", String.valueOf(subjectId));
		return this.mvc
			.perform(post("/api/v1/notices/{id}/objections", notice.getId()).contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content(body)
				.with(r -> {
					r.setRemoteAddr(address);
					return r;
				}));
	}

	private static final String FULL = """
			{"subjectId":"SUBJECT","realName":"张三","contact":"13800000000","reason":"他没有做满时长"}""";

	private long endedActivities(Notice notice) {
		return this.jdbc
			.sql("select count(*) from audit_activity where subject_type = 'notice' and subject_id = ? "
					+ "and action = 'ended'")
			.param(notice.getId())
			.query(Long.class)
			.single();
	}

	private Long subjectId(Notice notice, int index) {
		return this.notices.view(notice).subjects().get(index).subject().getId();
	}

	@Test
	void anyoneReadsTheNoticeWithoutAnAccountAndNeverSeesAnObjectorsDetails() throws Exception {
		World world = world();
		Notice notice = open(world, "王芳", "李明");
		object(notice, subjectId(notice, 0), FULL, address()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"));
		String json = this.mvc.perform(get("/api/v1/notices/{id}", notice.getId()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RUNNING"))
			.andExpect(jsonPath("$.workingDays").value(5))
			.andExpect(jsonPath("$.closesAt").value("2026-11-19T00:00:00+08:00"))
			.andExpect(jsonPath("$.subjects[0].name").value("王芳"))
			.andExpect(jsonPath("$.subjects[0].standing").value("HELD"))
			.andExpect(jsonPath("$.subjects[0].facts[0].label").value("Subject"))
			.andExpect(jsonPath("$.subjects[0].facts[1].label").value("Verified hours"))
			.andExpect(jsonPath("$.subjects[1].standing").value("CLEARED"))
			.andExpect(jsonPath("$.subjects[0].objections[0].status").value("OPEN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).doesNotContain("13800000000", "张三", "他没有做满时长", "realName", "contact");
		this.mvc.perform(get("/notices/{id}", notice.getId()).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("王芳")))
			.andExpect(content().string(containsString("objection-form")))
			.andExpect(content().string(not(containsString("13800000000"))))
			.andExpect(content().string(not(containsString("张三"))));
		this.mvc.perform(get("/notices").cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(notice.getTitle())));
		this.mvc.perform(get("/api/v1/notices/{id}", "999999999")).andExpect(status().isNotFound());
	}

	@Test
	void anObjectionNeedsARealNameAContactAndAReasonEachNamed() throws Exception {
		World world = world();
		Notice notice = open(world, "王芳");
		Long subject = subjectId(notice, 0);
		object(notice, subject, """
				{"subjectId":"SUBJECT","contact":"13800000000","reason":"理由"}""", address())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("realName"))
			.andExpect(jsonPath("$.errors[0].message").value("Give your real name."));
		object(notice, subject, """
				{"subjectId":"SUBJECT","realName":"张三","contact":"  ","reason":"理由"}""", address())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contact"));
		object(notice, subject, """
				{"subjectId":"SUBJECT","realName":"张三","contact":"13800000000"}""", address())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		object(notice, "12345678", FULL, address()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subjectId"));
		assertThat(this.notices.view(notice).subjects().get(0).objections()).isEmpty();
	}

	@Test
	void objectionsAreTakenOnlyInsideTheWindow() throws Exception {
		World world = world();
		Instant opensAt = this.clock.instant().plus(Duration.ofHours(1));
		Notice notice = this.notices.open(new NewNotice(world.university().getId(), "test-owner", 1L, "Later", opensAt,
				1, List.of(new NewNotice.Subject("a", "王芳", List.of()))));
		Long subject = subjectId(notice, 0);
		object(notice, subject, FULL, address()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Objections are taken only while the notice runs."));
		this.clock.setTo(opensAt);
		object(notice, subject, FULL, address()).andExpect(status().isCreated());
		// Wed 11 Nov, one working day: Thu 12 Nov, closing at midnight
		assertThat(notice.getClosesAt())
			.isEqualTo(LocalDateTime.of(2026, 11, 13, 0, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		this.clock.setTo(notice.getClosesAt().minusSeconds(1));
		object(notice, subject, FULL, address()).andExpect(status().isCreated());
		this.clock.setTo(notice.getClosesAt());
		object(notice, subject, FULL, address()).andExpect(status().isConflict());
	}

	@Test
	void oneAddressMayObjectOnlySoOftenAnHour() throws Exception {
		World world = world();
		Notice notice = open(world, "王芳");
		Long subject = subjectId(notice, 0);
		String from = address();
		for (int i = 0; i < 5; i++) {
			object(notice, subject, FULL, from).andExpect(status().isCreated());
		}
		object(notice, subject, FULL, from).andExpect(status().isTooManyRequests());
		// a refused objection of bad input takes no place, and another address is not
		// held back
		object(notice, subject, FULL, address()).andExpect(status().isCreated());
		this.clock.advance(Duration.ofMinutes(61));
		object(notice, subject, FULL, from).andExpect(status().isCreated());
		assertThat(this.notices.view(notice).subjects().get(0).objections()).hasSize(7);
	}

	@Test
	void onlyTheOrganisationsAdminsSeeTheObjectorsAndDecide() throws Exception {
		World world = world();
		World other = world();
		Notice notice = open(world, "王芳", "李明");
		String objection = read(object(notice, subjectId(notice, 0), FULL, address()), "$.id");
		String admin = token(world.universityAdmin());
		String collegeAdmin = token(world.collegeAdmin());
		String stranger = token(other.universityAdmin());
		getAs(admin, "/api/v1/notices/{id}/objections", notice.getId()).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].realName").value("张三"))
			.andExpect(jsonPath("$.items[0].contact").value("13800000000"));
		getAs(admin, "/api/v1/objections").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '" + objection + "')].contact").value("13800000000"));
		getAs(stranger, "/api/v1/notices/{id}/objections", notice.getId()).andExpect(status().isNotFound());
		getAs(collegeAdmin, "/api/v1/notices/{id}/objections", notice.getId()).andExpect(status().isNotFound());
		getAs(token(world.student()), "/api/v1/notices/{id}/objections", notice.getId())
			.andExpect(status().isNotFound());
		getAs(stranger, "/api/v1/objections").andExpect(status().isOk())
			.andExpect(content().string(not(containsString("13800000000"))));
		getAs(null, "/api/v1/notices/{id}/objections", notice.getId()).andExpect(status().isUnauthorized());
		String decision = """
				{"upheld":true,"reason":"核实属实"}""";
		postAs(null, decision, "/api/v1/objections/{id}/decision", objection).andExpect(status().isUnauthorized());
		postAs(stranger, decision, "/api/v1/objections/{id}/decision", objection).andExpect(status().isNotFound());
		postAs(collegeAdmin, decision, "/api/v1/objections/{id}/decision", objection).andExpect(status().isNotFound());
		postAs(admin, """
				{"upheld":true}""", "/api/v1/objections/{id}/decision", objection).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		postAs(admin, """
				{"reason":"核实"}""", "/api/v1/objections/{id}/decision", objection).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("upheld"));
		postAs(admin, decision, "/api/v1/objections/{id}/decision", objection).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UPHELD"));
		postAs(admin, decision, "/api/v1/objections/{id}/decision", objection).andExpect(status().isConflict());
		String json = this.mvc.perform(get("/api/v1/notices/{id}", notice.getId()))
			.andExpect(jsonPath("$.subjects[0].standing").value("UPHELD"))
			.andExpect(jsonPath("$.subjects[0].objections[0].decision").value("核实属实"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).doesNotContain("13800000000", "张三");
		assertThat(this.jdbc
			.sql("select action from audit_activity where subject_type = 'objection' "
					+ "and subject_id = ? order by id")
			.param(Long.valueOf(objection))
			.query(String.class)
			.list()).containsExactly("raised", "upheld");
	}

	@Test
	void theOrganisationsAdminsAreToldOfAnObjection() throws Exception {
		World world = world();
		Notice notice = open(world, "王芳");
		object(notice, subjectId(notice, 0), FULL, address()).andExpect(status().isCreated());
		eventsHandled();
		assertThat(this.notifications.latest(this.accounts.actingAs(world.universityAdmin().getUsername())))
			.anySatisfy(n -> assertThat(n.getMessageKey()).isEqualTo("notice.objection-raised"));
		assertThat(this.notifications.latest(this.accounts.actingAs(world.collegeAdmin().getUsername()))).isEmpty();
	}

	@Test
	void anUndecidedObjectionHoldsOnlyItsSubjectAndTheEndIsPublishedOnce() throws Exception {
		World world = world();
		Notice notice = open(world, "王芳", "李明", "赵强");
		String objection = read(object(notice, subjectId(notice, 1), FULL, address()), "$.id");
		NoticeOutcome running = this.notices.outcome(notice.getId());
		assertThat(running.state()).isEqualTo(NoticeState.RUNNING);
		assertThat(running.undecidedRefs()).containsExactly("nomination:1");
		this.clock.setTo(notice.getClosesAt());
		NoticeOutcome waiting = this.notices.outcome(notice.getId());
		assertThat(waiting.state()).isEqualTo(NoticeState.AWAITING_DECISIONS);
		assertThat(waiting.clearedRefs()).containsExactly("nomination:0", "nomination:2");
		assertThat(this.notices.endIfDue(notice.getId())).isFalse();
		assertThat(this.notices.endDue()).doesNotContain(notice.getId());
		postAs(token(world.universityAdmin()), """
				{"upheld":false,"reason":"经核实，时长记录完整"}""", "/api/v1/objections/{id}/decision", objection)
			.andExpect(status().isOk());
		NoticeOutcome ended = this.notices.outcome(notice.getId());
		assertThat(ended.state()).isEqualTo(NoticeState.ENDED);
		assertThat(ended.clearedRefs()).containsExactly("nomination:0", "nomination:1", "nomination:2");
		assertThat(this.notices.get(notice.getId()).getEndedAt()).isNotNull();
		assertThat(this.notices.endIfDue(notice.getId())).isFalse();
		assertThat(this.notices.endDue()).doesNotContain(notice.getId());
		assertThat(endedActivities(notice)).isEqualTo(1);
	}

	@Test
	void aNoticeWithoutObjectionsIsEndedByTheJobOnce() throws Exception {
		World world = world();
		Notice notice = open(world, "王芳");
		assertThat(this.notices.endDue()).doesNotContain(notice.getId());
		this.clock.setTo(notice.getClosesAt());
		assertThat(this.notices.endDue()).contains(notice.getId());
		assertThat(this.notices.endDue()).doesNotContain(notice.getId());
		assertThat(this.jdbc
			.sql("select action from audit_activity where subject_type = 'notice' " + "and subject_id = ? order by id")
			.param(notice.getId())
			.query(String.class)
			.list()).containsExactly("opened", "ended");
	}

	@Test
	void theConfiguredCalendarSkipsChinasNationalDayWeekAndCountsItsMakeUpSaturday() {
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		// Wed 30 Sep 2026: 1-7 Oct off, Thu 8, Fri 9, Sat 10 (调休), Mon 12, Tue 13
		assertThat(this.notices.closesAt(LocalDateTime.of(2026, 9, 30, 15, 0).atZone(zone).toInstant(), 5))
			.isEqualTo(LocalDateTime.of(2026, 10, 14, 0, 0).atZone(zone).toInstant());
	}

	@Test
	void thePublicObjectsThroughThePageFormWithItsCsrfToken() throws Exception {
		World world = world();
		Notice notice = open(world, "王芳");
		Long subject = subjectId(notice, 0);
		this.mvc.perform(post("/notices/{id}/objections", notice.getId()).param("subjectId", subject.toString())
			.param("realName", "张三")
			.param("contact", "13800000000")
			.param("reason", "理由")
			.with(r -> {
				r.setRemoteAddr(address());
				return r;
			})).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/notices/{id}/objections", notice.getId()).param("subjectId", subject.toString())
				.param("realName", "")
				.param("contact", "13800000000")
				.param("reason", "理由")
				.with(csrf())
				.cookie(ENGLISH))
			.andExpect(redirectedUrl("/notices/" + notice.getId() + "#objection-form"));
		assertThat(this.notices.view(notice).subjects().get(0).objections()).isEmpty();
		this.mvc.perform(post("/notices/{id}/objections", notice.getId()).param("subjectId", subject.toString())
			.param("realName", "张三")
			.param("contact", "13800000000")
			.param("reason", "理由")
			.with(csrf())
			.with(r -> {
				r.setRemoteAddr(address());
				return r;
			})).andExpect(redirectedUrl("/notices/" + notice.getId() + "#objection-form"));
		assertThat(this.notices.view(notice).subjects().get(0).objections()).hasSize(1);
		Account admin = world.universityAdmin();
		this.mvc
			.perform(get("/notices/{id}/objections", notice.getId())
				.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(admin.getUsername())))
				.cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("13800000000")));
		Account stranger = user(Role.UNIVERSITY_ADMIN, world().university());
		this.mvc
			.perform(get("/notices/{id}/objections", notice.getId())
				.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(stranger.getUsername()))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/objections")
				.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(stranger.getUsername())))
				.cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("13800000000"))));
	}

}
