package org.practica.web;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.NewAccount;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Role;
import org.practica.partnership.Agreement;
import org.practica.partnership.AgreementKind;
import org.practica.partnership.AgreementRequest;
import org.practica.partnership.Agreements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page is a workbench for each role the person holds: what needs doing now, each
 * line a link, scoped to the organisation the role is held in. A card that does not fit a
 * role is not there, and nothing of another tenant appears.
 */
class WorkbenchPagesTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	private static final byte[] PDF = "%PDF-1.4 scan".getBytes();

	@Autowired
	Agreements agreements;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVisitorSeesThePublicHome() throws Exception {
		String html = this.mvc.perform(get("/").cookie(ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"public-home\"", "href=\"/needs\"", "href=\"/login\"")
			.doesNotContain("workbench-card");
	}

	@Test
	void aCommunityAdminSeesWhatWaitsTodaysCheckInsAndNeedsNoProjectHasTakenUp() throws Exception {
		World world = world();
		Served served = served(world);
		String lonely = publishedNeed(world, unique("无人承接"));
		World other = world();
		Served elsewhere = served(other);
		String otherNeed = publishedNeed(other, unique("别处需求"));

		String html = home(world.communityAdmin());

		assertThat(html).contains(">Community admin · " + world.community().getName() + "<");
		assertThat(card(html, "waiting-card")).contains("id=\"waiting-count\">1<", "entry waits",
				"The oldest was served on 2026-11-11.", "href=\"/hours/pending\"");
		assertThat(card(html, "today-shifts-card"))
			.contains("href=\"/shifts/" + served.shift() + "/attendance\"", "1 of 1 checked in")
			.doesNotContain("/shifts/" + elsewhere.shift() + "/");
		assertThat(card(html, "needs-card")).contains("href=\"/needs/" + lonely + "\"")
			.doesNotContain("/needs/" + otherNeed + "\"");
		assertThat(html).doesNotContain("id=\"rosters-card\"", "id=\"term-card\"", "id=\"next-shift-card\"");
	}

	@Test
	void aTeamLeaderSeesTodaysAndTomorrowsRostersInterestReceivedAndProjectsWithNoShiftAhead() throws Exception {
		World world = world();
		Served served = served(world);
		String leader = token(world.teamLeader());
		String tomorrow = shift(leader, served.project(), 26, 3);
		String inThreeDays = shift(leader, served.project(), 72, 3);
		String idle = project(world);
		String[] interest = interestFromCommunity(world, unique("社区的意向"));
		World other = world();
		Served elsewhere = served(other);
		String otherIdle = project(other);

		String html = home(world.teamLeader());

		String rosters = card(html, "rosters-card");
		assertThat(rosters).contains("href=\"/shifts/" + served.shift() + "\"", "Today", "Test STUDENT")
			.contains("href=\"/shifts/" + tomorrow + "\"", "Tomorrow", "Nobody has signed up yet.")
			.doesNotContain("/shifts/" + inThreeDays + "\"", "/shifts/" + elsewhere.shift() + "\"");
		assertThat(card(html, "interests-card")).contains("href=\"/fair?needId=" + interest[0] + "\"", interest[1],
				world.community().getName());
		assertThat(card(html, "no-shifts-card")).contains("href=\"/projects/" + idle + "\"")
			.doesNotContain("/projects/" + served.project() + "\"", "/projects/" + otherIdle + "\"");
		assertThat(html).doesNotContain("id=\"waiting-card\"", "id=\"needs-card\"", "id=\"term-card\"");
	}

	@Test
	void aStudentSeesTheNextShiftTheYearsHoursTheCertificateAndOpenShiftsNearTheCampus() throws Exception {
		Campus campus = campus();
		String near = recruitingShift(campus, campus.community(), unique("附近的班次"), 26);
		String far = recruitingShift(campus, campus.farCommunity(), unique("远处的班次"), 26);
		String mine = recruitingShift(campus, campus.community(), unique("我的班次"), 50);
		postAs(token(campus.student()), null, "/api/v1/shifts/{id}/signups", mine).andExpect(status().isCreated());

		String html = home(campus.student());

		assertThat(card(html, "next-shift-card")).contains("href=\"/shifts/" + mine + "\"", "Confirmed");
		assertThat(card(html, "hours-card")).contains("Hours in 2026", "id=\"hours-verified\">0<",
				"id=\"hours-waiting\">0<");
		assertThat(card(html, "certificate-card")).contains("href=\"/certificates\"");
		assertThat(card(html, "near-card")).contains("href=\"/shifts/" + near + "\"", " km")
			.doesNotContain("/shifts/" + far + "\"", "/shifts/" + mine + "\"");
		assertThat(html).doesNotContain("id=\"waiting-card\"", "id=\"rosters-card\"", "id=\"term-card\"");
	}

	@Test
	void aStudentsHoursOfTheYearAreVerifiedAndWaiting() throws Exception {
		World world = world();
		Served served = served(world);
		assertThat(card(home(served.student()), "hours-card")).contains("id=\"hours-verified\">0<",
				"id=\"hours-waiting\">1.5<");
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", served.entry())
			.andExpect(status().isOk());
		assertThat(card(home(served.student()), "hours-card")).contains("id=\"hours-verified\">1.5<",
				"id=\"hours-waiting\">0<");
	}

	@Test
	void aDistrictAdminSeesTheTermsFiguresBackfillsAndAgreementsButNoCommunityCards() throws Exception {
		World world = world();
		Served served = served(world);
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", served.entry())
			.andExpect(status().isOk());
		String backfill = backfill(served);
		Agreement expiring = expiringAgreement(world, unique("即将到期的协议"));
		World other = world();
		backfill(served(other));
		Agreement otherAgreement = expiringAgreement(other, unique("别处的协议"));
		eventsHandled();

		String html = home(world.districtAdmin());

		assertThat(html).contains(">District admin · " + world.district().getName() + "<");
		String term = card(html, "term-card");
		assertThat(term).contains("This term: 2026-09-01 to 2026-11-11", "id=\"term-hours\">1.5<",
				"href=\"/reports?organisationId=" + world.district().getId()
						+ "&amp;from=2026-09-01&amp;to=2026-11-11\"");
		assertThat(card(html, "backfills-card")).contains("Back-fills waiting for verification",
				"id=\"backfills-count\">1<");
		assertThat(card(html, "agreements-card"))
			.contains("href=\"/agreements/" + expiring.getId() + "\"", "in 30 days")
			.doesNotContain("/agreements/" + otherAgreement.getId() + "\"");
		assertThat(html).doesNotContain("id=\"waiting-card\"", "id=\"today-shifts-card\"", "id=\"needs-card\"",
				"Needs no project has taken up", "href=\"/needs/new\"", "id=\"rosters-card\"");

		// the community verifies the back-fill: it leaves the district's card for the
		// university's
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", backfill).andExpect(status().isOk());
		assertThat(card(home(world.districtAdmin()), "backfills-card")).contains("No back-fill waits.");
		String university = home(world.universityAdmin());
		assertThat(card(university, "backfills-card")).contains("Back-fills waiting for your approval",
				"id=\"backfills-count\">1<");
		assertThat(card(university, "term-card")).contains("students with verified hours")
			.doesNotContain("needs published");
		assertThat(card(university, "agreements-card")).contains("/agreements/" + expiring.getId() + "\"");

		String college = home(world.collegeAdmin());
		assertThat(college).contains("id=\"term-card\"", "id=\"agreements-card\"")
			.doesNotContain("id=\"backfills-card\"", "id=\"waiting-card\"");
	}

	@Test
	void aPersonWithTwoRolesSeesBothDesks() throws Exception {
		World world = world();
		Account both = user(Role.COMMUNITY_ADMIN, world.community());
		this.jdbc
			.sql("insert into role_grant (account_id, role, organisation_id, organisation_path) values (?, ?, ?, ?)")
			.params(both.getId(), Role.TEAM_LEADER.name(), world.team().getId(), world.team().getPath())
			.update();
		String html = home(both);
		assertThat(html).contains("id=\"waiting-card\"", "id=\"needs-card\"", "id=\"rosters-card\"",
				"id=\"interests-card\"", ">Community admin · " + world.community().getName() + "<",
				">Team leader · " + world.team().getName() + "<");
	}

	private String home(Account account) throws Exception {
		return this.mvc
			.perform(get("/").cookie(ENGLISH)
				.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The card's markup: from its id to the next card. */
	private static String card(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("card " + id).isNotNegative();
		int end = html.indexOf("workbench-card", start + id.length());
		return end < 0 ? html.substring(start) : html.substring(start, end);
	}

	private String publishedNeed(World world, String title) throws Exception {
		String community = token(world.communityAdmin());
		String need = read(postAs(community, needJson(world.community(), title, "PUBLICITY", "", 3), "/api/v1/needs"),
				"$.id");
		postAs(community, null, "/api/v1/needs/{id}/publish", need).andExpect(status().isOk());
		return need;
	}

	/**
	 * A need the community marked interest in the team's offer for: need id and title.
	 */
	private String[] interestFromCommunity(World world, String title) throws Exception {
		String need = publishedNeed(world, title);
		String leader = token(world.teamLeader());
		String offer = read(
				postAs(leader, offerJson(world.team(), unique("服务"), "\"PUBLICITY\"", "", 5), "/api/v1/offers"),
				"$.id");
		postAs(leader, null, "/api/v1/offers/{id}/publish", offer).andExpect(status().isOk());
		postAs(token(world.communityAdmin()), "{\"needId\":\"" + need + "\",\"offerId\":\"" + offer + "\"}",
				"/api/v1/interests")
			.andExpect(status().isCreated());
		return new String[] { need, title };
	}

	private String backfill(Served served) throws Exception {
		return read(this.mvc
			.perform(multipart("/api/v1/hours/backfills")
				.file(new MockMultipartFile("evidence", "scan.pdf", "application/pdf", PDF))
				.param("projectId", served.project())
				.param("date", "2026-11-09")
				.param("hours", "2")
				.param("reason", "签到设备故障")
				.header("Authorization", "Bearer " + token(served.student())))
			.andExpect(status().isCreated()), "$.id");
	}

	private Agreement expiringAgreement(World world, String title) {
		LocalDate today = this.agreements.today();
		Agreement agreement = this.agreements.create(this.accounts.actingAs(world.universityAdmin().getUsername()),
				new AgreementRequest(AgreementKind.COMMUNITY_PRACTICE, world.university().getId().toString(),
						world.district().getId().toString(), title, today.minusYears(1), today.plusDays(30)));
		this.agreements.sign(this.accounts.actingAs(world.universityAdmin().getUsername()), agreement.getId(),
				today.minusYears(1), List.of("校团委书记"));
		return this.agreements.sign(this.accounts.actingAs(world.districtAdmin().getUsername()), agreement.getId(),
				today.minusYears(1), List.of("区团委书记"));
	}

	/**
	 * A campus at a place of its own (so that no other test's shifts are near it), a
	 * community 2 km away and one 60 km away, each with an admin, and a student.
	 */
	private Campus campus() {
		double latitude = ThreadLocalRandom.current().nextDouble(22, 45);
		double longitude = ThreadLocalRandom.current().nextDouble(85, 125);
		Organisation university = org("University", OrganisationKind.UNIVERSITY, null, latitude, longitude);
		Organisation college = org("College", OrganisationKind.COLLEGE, university, null, null);
		Organisation district = org("District", OrganisationKind.DISTRICT, null, latitude, longitude);
		Organisation street = org("Street", OrganisationKind.STREET, district, null, null);
		Organisation near = org("Near", OrganisationKind.COMMUNITY, street, latitude + 0.018, longitude);
		Organisation far = org("Far", OrganisationKind.COMMUNITY, street, latitude + 0.54, longitude);
		Account student = this.accounts.create(admin(), new NewAccount(unique("student"), PASSWORD, unique("学生"),
				Role.STUDENT, college.getId().toString(), unique("S"), null, List.of(), null));
		return new Campus(student, near, user(Role.COMMUNITY_ADMIN, near), far, user(Role.COMMUNITY_ADMIN, far));
	}

	private record Campus(Account student, Organisation community, Account communityAdmin, Organisation farCommunity,
			Account farAdmin) {
	}

	/**
	 * A shift of a project that recruits individual students, starting the given hours
	 * from now, placed where its community is.
	 */
	private String recruitingShift(Campus campus, Organisation community, String title, int startsInHours)
			throws Exception {
		String admin = token(community.equals(campus.community()) ? campus.communityAdmin() : campus.farAdmin());
		String need = read(postAs(admin,
				needJson(community, unique("招募"), "PUBLICITY", "", 3, "2026-01-01", "2030-12-31"), "/api/v1/needs"),
				"$.id");
		postAs(admin, null, "/api/v1/needs/{id}/publish", need).andExpect(status().isOk());
		String project = read(postAs(admin, "{\"needId\":\"" + need + "\"}", "/api/v1/projects"), "$.id");
		java.time.OffsetDateTime start = java.time.OffsetDateTime.now(this.clock).plusHours(startsInHours).withNano(0);
		return read(postAs(admin, """
				{"title":"%s","startsAt":"%s","endsAt":"%s","capacity":3}
				""".formatted(title, start, start.plusHours(2)), "/api/v1/projects/{id}/shifts", project)
			.andExpect(status().isCreated()), "$.id");
	}

}
