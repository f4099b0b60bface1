package org.practica.club;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A club's activities are projects it owns: its officers create them and their shifts,
 * supervise check-in and verify hours; an activity for members refuses others; the hours
 * count in the club's star rating, whose points are explained and sum to the total.
 */
class ClubActivityTests extends ClubTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Test
	void anActivitysShiftIsRunByTheClubsOfficersAndItsVerifiedHoursCountInTheRating() throws Exception {
		Federation f = federation();
		String club = active(f);
		String president = token(f.applicant());
		LocalDate today = LocalDate.now(this.clock);
		int year = today.getYear();
		String activity = activity(president, club, "读书月·共读一本书", today, true);
		// a member who holds no office runs nothing
		postAs(token(f.students().get(2)), activityJson("读书分享会", today, false), "/api/v1/clubs/{id}/activities", club)
			.andExpect(status().isForbidden());
		getAs(null, "/api/v1/clubs/{id}/activities", club).andExpect(jsonPath("$[0].id").value(activity))
			.andExpect(jsonPath("$[0].membersOnly").value(true));

		String shift = shift(president, activity, 0, 5);
		Account member = f.students().get(1);
		Account outsider = user(Role.STUDENT, f.college());
		postAs(token(outsider), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("This activity is open to the club's members only: join the club first."));
		postAs(token(member), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isCreated());

		String code = read(getAs(president, "/api/v1/shifts/{id}/attendance-code", shift).andExpect(status().isOk()),
				"$.code");
		postAs(token(member), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-in", shift)
			.andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(100));
		code = read(getAs(president, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");
		String entry = read(postAs(token(member), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-out", shift)
			.andExpect(status().isOk()), "$.hoursEntryId");
		postAs(token(f.students().get(2)), null, "/api/v1/hours/{id}/verify", entry).andExpect(status().isNotFound());
		postAs(president, null, "/api/v1/hours/{id}/verify", entry).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFIED"));
		eventsHandled();

		// three more activities this year, and a first spending against a granted request
		for (int i = 0; i < 3; i++) {
			activity(president, club, "读书月·第" + (i + 2) + "场", LocalDate.now(this.clock).plusDays(i), false);
		}
		String request = fundRequest(f, club, "500.00");
		grant(f, request, "10000.00", "500.00");
		spend(president, club, request, "120.50").andExpect(status().isCreated());

		// 4 activities × 3, 1 member × 1, 1.5 hours (no whole 10), no report, fund 5, no
		// ratings: 18, two stars
		getAs(null, "/api/v1/clubs/{id}/rating?year=1000000000", club).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		getAs(null, "/api/v1/clubs/{id}/rating?year={y}", club, year).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(18))
			.andExpect(jsonPath("$.stars").value(2))
			.andExpect(jsonPath("$.points[*].item")
				.value(org.hamcrest.Matchers.contains("ACTIVITIES", "MEMBERS", "HOURS", "OUTCOMES", "FUND", "RATINGS")))
			.andExpect(jsonPath("$.points[*].points").value(org.hamcrest.Matchers.contains(12, 1, 0, 0, 5, 0)))
			.andExpect(jsonPath("$.points[0].detail")
				.value("4 activities began in " + year + "; 3 points each, at most 10 counted."))
			.andExpect(jsonPath("$.points[2].detail")
				.value("1.5 verified hours of members in its activities; 1 point for every 10 hours."))
			.andExpect(jsonPath("$.points[4].detail")
				.value("1 spending line (¥120.50), 1 with a receipt, and the annual review of " + year
						+ " not late: 5 points."))
			.andExpect(jsonPath("$.adjustment").doesNotExist());

		// the federation adjusts it, with a reason, beside the computed rating
		Federation other = federation();
		String adjustment = "{\"year\":" + year + ",\"stars\":3,\"reason\":\"读书月覆盖全校，成效突出\"}";
		postAs(token(other.officer()), adjustment, "/api/v1/clubs/{id}/rating/adjustments", club)
			.andExpect(status().isNotFound());
		postAs(president, adjustment, "/api/v1/clubs/{id}/rating/adjustments", club).andExpect(status().isNotFound());
		postAs(token(f.officer()), "{\"year\":" + year + ",\"stars\":6,\"reason\":\"x\"}",
				"/api/v1/clubs/{id}/rating/adjustments", club)
			.andExpect(status().isBadRequest());
		postAs(token(f.officer()), adjustment, "/api/v1/clubs/{id}/rating/adjustments", club)
			.andExpect(status().isCreated());
		getAs(null, "/api/v1/clubs/{id}/rating?year={y}", club, year).andExpect(jsonPath("$.stars").value(2))
			.andExpect(jsonPath("$.adjustment.stars").value(3))
			.andExpect(jsonPath("$.adjustment.reason").value("读书月覆盖全校，成效突出"))
			.andExpect(jsonPath("$.adjustment.adjustedBy").value(f.officer().getId().toString()));
		eventsHandled();
		assertThat(noticesOf(f.applicant())).anyMatch(
				n -> n.startsWith("club.notice.rating-adjusted ") && n.endsWith(", " + year + ", 3, 读书月覆盖全校，成效突出]"));
		assertThat(noticesOf(f.students().get(2))).noneMatch(n -> n.startsWith("club.notice.rating-adjusted "));

		// the club's page lists what is coming and shows the rating, in both languages
		this.mvc.perform(get("/clubs/{id}", club).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("读书月·第2场")))
			.andExpect(content().string(containsString("Adjusted by the federation to 3 ★")))
			.andExpect(content().string(containsString("Star rating " + year + "</h2>")));
		this.mvc.perform(get("/clubs/{id}", club))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(year + " 年度星级评定")));
	}

	@Test
	void theParticipantsPublicRatingsOfItsActivitiesCountAsRatingsReceived() throws Exception {
		Federation f = federation();
		String club = active(f);
		String president = token(f.applicant());
		LocalDate today = LocalDate.now(this.clock);
		int year = today.getYear();
		String first = activity(president, club, "读书月·读者见面会", today, false);
		String second = activity(president, club, "读书月·朗读会", today, false);
		List<Account> participants = f.students().subList(1, 4);
		attend(president, first, participants.subList(0, 2));
		attend(president, second, participants.subList(2, 3));
		postAs(president, null, "/api/v1/projects/{id}/complete", first).andExpect(status().isOk());
		eventsHandled();
		getAs(null, "/api/v1/clubs/{id}/rating?year={y}", club, year).andExpect(jsonPath("$.points[5].points").value(0))
			.andExpect(jsonPath("$.points[5].detail")
				.value("No public ratings by participants of its activities that began in " + year + ": no points."));

		// the participants rate the activity's host: blind, so public once the window
		// closes; two are too few to count
		int[][] scores = { { 5, 5, 5, 5 }, { 4, 4, 4, 4 }, { 4, 5, 4, 5 } };
		rate(participants.get(0), first, scores[0]);
		rate(participants.get(1), first, scores[1]);
		getAs(null, "/api/v1/clubs/{id}/rating?year={y}", club, year).andExpect(jsonPath("$.points[5].points").value(0))
			.andExpect(jsonPath("$.points[5].detail")
				.value("No public ratings by participants of its activities that began in " + year + ": no points."));
		this.clock.advance(Duration.ofDays(8));
		getAs(null, "/api/v1/clubs/{id}/rating?year={y}", club, year).andExpect(jsonPath("$.points[5].points").value(0))
			.andExpect(jsonPath("$.points[5].detail").value(
					"Only 2 public ratings of its activities by their participants, fewer than the 3 that count: no points."));

		// a third, of the second activity: 54 points in 12 scores, 4.50 on average, × 2
		president = token(f.applicant());
		postAs(president, null, "/api/v1/projects/{id}/complete", second).andExpect(status().isOk());
		eventsHandled();
		rate(participants.get(2), second, scores[2]);
		getAs(null, "/api/v1/clubs/{id}/rating?year={y}", club, year)
			.andExpect(jsonPath("$.points[5].points").value(0));
		this.clock.advance(Duration.ofDays(8));
		String json = getAs(null, "/api/v1/clubs/{id}/rating?year={y}", club, year).andExpect(status().isOk())
			.andExpect(jsonPath("$.points[5].item").value("RATINGS"))
			.andExpect(jsonPath("$.points[5].points").value(9))
			.andExpect(jsonPath("$.points[5].detail").value("3 public ratings of its activities by their participants,"
					+ " averaging 4.50 of 5; 2 points for each point of the average, rounded down."))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// 2 activities × 3, 3 members × 1, 5 hours (no whole 10), no report, no spending,
		// ratings 9: 18, and the breakdown sums to the total
		List<Integer> points = com.jayway.jsonpath.JsonPath.read(json, "$.points[*].points");
		int total = com.jayway.jsonpath.JsonPath.read(json, "$.total");
		org.assertj.core.api.Assertions.assertThat(points).containsExactly(6, 3, 0, 0, 0, 9);
		org.assertj.core.api.Assertions.assertThat(points.stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(total)
			.isEqualTo(18);
		this.mvc.perform(get("/clubs/{id}", club).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("averaging 4.50 of 5")));
	}

	@Test
	void theClubsOfficersAndInstructorsVerifyTheHoursOfItsActivitiesOnItsOwnQueue() throws Exception {
		Federation f = federation();
		String club = active(f);
		String president = token(f.applicant());
		String activity = activity(president, club, "读书月·图书漂流", LocalDate.now(this.clock), false);
		String shift = shift(president, activity, 0, 5);
		Account member = f.students().get(1);
		postAs(token(member), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isCreated());
		String code = read(getAs(president, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");
		postAs(token(member), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-in", shift)
			.andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(90));
		code = read(getAs(president, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");
		String entry = read(postAs(token(member), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-out", shift)
			.andExpect(status().isOk()), "$.hoursEntryId");

		// the president and the instructor see it waiting; a member without office and
		// another university's federation officer learn nothing of the queue
		this.mvc.perform(get("/clubs/{id}/hours", club).cookie(ENGLISH).with(as(f.applicant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hours to verify")))
			.andExpect(content().string(containsString("id=\"row-" + entry + "\"")))
			.andExpect(content().string(containsString("读书月·图书漂流")))
			.andExpect(content().string(containsString(member.getDisplayName())))
			.andExpect(content().string(containsString("value=\"/clubs/" + club + "/hours\"")));
		this.mvc.perform(get("/clubs/{id}/hours", club).with(as(f.instructor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待认定时长")))
			.andExpect(content().string(containsString("id=\"row-" + entry + "\"")));
		this.mvc.perform(get("/clubs/{id}/hours", club).with(as(f.students().get(2)))).andExpect(status().isNotFound());
		this.mvc.perform(get("/clubs/{id}/hours", club).with(as(federation().officer())))
			.andExpect(status().isNotFound());
		// the club page and the president's workbench link to it, with the count
		this.mvc.perform(get("/clubs/{id}", club).with(as(f.applicant())))
			.andExpect(content().string(containsString("/clubs/" + club + "/hours")));
		this.mvc.perform(get("/").with(as(f.applicant())))
			.andExpect(content().string(containsString("/clubs/" + club + "/hours")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.matchesPattern("(?s).*club-hours-waiting\"[^>]*>1</div>.*")));

		// verified from the queue, the verifier is back on it; a foreign address is not
		// followed
		this.mvc
			.perform(post("/hours/verify").with(as(f.instructor()))
				.with(csrf())
				.param("back", "//evil.example/clubs")
				.param("ids", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/hours/pending"));
		this.mvc
			.perform(post("/hours/verify").with(as(f.instructor()))
				.with(csrf())
				.param("back", "/clubs/" + club + "/hours")
				.param("ids", entry))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/clubs/" + club + "/hours"));
		getAs(token(member), "/api/v1/hours/{id}", entry).andExpect(jsonPath("$.status").value("VERIFIED"));
		this.mvc.perform(get("/clubs/{id}/hours", club).with(as(f.applicant())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"row-" + entry + "\""))));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(Account account) {
		return SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername()));
	}

	/**
	 * The students sign up to a shift of the activity now, check in and out, and the
	 * hours are verified.
	 */
	private void attend(String officer, String activity, List<Account> students) throws Exception {
		String shift = shift(officer, activity, 0, 5);
		for (Account member : students) {
			postAs(token(member), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isCreated());
			String code = read(getAs(officer, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");
			postAs(token(member), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-in", shift)
				.andExpect(status().isOk());
		}
		this.clock.advance(Duration.ofMinutes(100));
		for (Account member : students) {
			String code = read(getAs(officer, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");
			String entry = read(
					postAs(token(member), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-out", shift)
						.andExpect(status().isOk()),
					"$.hoursEntryId");
			postAs(officer, null, "/api/v1/hours/{id}/verify", entry).andExpect(status().isOk());
		}
	}

	private void rate(Account student, String project, int[] scores) throws Exception {
		postAs(token(student), """
				{"about":"COMMUNITY","scores":{"CLARITY":%d,"SUPPORT":%d,"SAFETY":%d,"RESPECT":%d},"comment":"组织有序"}
				""".formatted(scores[0], scores[1], scores[2], scores[3]), "/api/v1/projects/{id}/evaluations", project)
			.andExpect(status().isCreated());
	}

	@Test
	void anOfficerCreatesAnActivityFromTheClubPageAndAddsItsShifts() throws Exception {
		Federation f = federation();
		String club = active(f);
		LocalDate today = LocalDate.now(this.clock);
		String location = this.mvc
			.perform(post("/clubs/{id}/activities", club)
				.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(f.applicant().getUsername())))
				.with(csrf())
				.param("title", "读书月·开幕式")
				.param("description", "共读与分享")
				.param("place", "图书馆报告厅")
				.param("startDate", today.toString())
				.param("endDate", today.plusDays(3).toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/projects/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc
			.perform(get(location).cookie(ENGLISH)
				.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(f.applicant().getUsername()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("图书馆报告厅")))
			.andExpect(content().string(containsString("The club&#39;s page")));
		String project = location.substring(location.lastIndexOf('/') + 1);
		shift(token(f.applicant()), project, 1, 20);
		// not a club that runs: a suspended one holds no activity
		postAs(token(f.officer()), "{\"reason\":\"年审未通过\"}", "/api/v1/clubs/{id}/suspend", club)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUSPENDED"));
		postAs(token(f.applicant()), activityJson("读书月·闭幕式", today, false), "/api/v1/clubs/{id}/activities", club)
			.andExpect(status().isConflict());
		postAs(token(f.officer()), null, "/api/v1/clubs/{id}/lift", club).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		postAs(token(f.applicant()), activityJson("读书月·闭幕式", today, false), "/api/v1/clubs/{id}/activities", club)
			.andExpect(status().isCreated());
	}

	private String activity(String token, String club, String title, LocalDate start, boolean membersOnly)
			throws Exception {
		return read(postAs(token, activityJson(title, start, membersOnly), "/api/v1/clubs/{id}/activities", club)
			.andExpect(status().isCreated()), "$.id");
	}

	private static String activityJson(String title, LocalDate start, boolean membersOnly) {
		return """
				{"title":"%s","description":"共读经典","place":"图书馆","startDate":"%s","endDate":"%s","membersOnly":%s}
				""".formatted(title, start, start.plusDays(7), membersOnly);
	}

}
