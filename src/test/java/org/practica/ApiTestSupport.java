package org.practica;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.NewAccount;
import org.practica.directory.NewOrganisation;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.notification.Notifications;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application with its real database (H2 by default, PostgreSQL when the test
 * datasource says so), driven through the JSON API as a client would. Each test builds
 * its own organisations and people with unique names, so tests never depend on each
 * other's data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
public abstract class ApiTestSupport {

	public static final String PASSWORD = "password-123";

	private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected Organisations organisations;

	@Autowired
	protected Accounts accounts;

	@Autowired
	protected TestClock clock;

	@Autowired
	private JdbcClient jdbcClient;

	/**
	 * The real notifications, which a test may make fail (a fault that a listener after
	 * the commit meets). Declared here for every test, so that all share one application
	 * context.
	 */
	@MockitoSpyBean
	protected Notifications notifications;

	/**
	 * The real mail sender, which a test may make fail (an SMTP server that is away). It
	 * sends to {@link TestMail}'s server.
	 */
	@MockitoSpyBean
	protected JavaMailSender mailSender;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMail.properties(registry);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/**
	 * Waits until every event published so far has been handled by the modules that react
	 * to it after the commit (or its delivery failed), as a person's next page would find
	 * it a moment later.
	 */
	protected void eventsHandled() {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> this.jdbcClient
				.sql("select count(*) from event_publication where completion_date is null "
						+ "and (status is null or status <> 'FAILED')")
				.query(Long.class)
				.single() == 0);
	}

	/**
	 * A name no other test in this JVM has used: every test that makes names in the one
	 * shared database takes them from here, so two counters can never meet.
	 */
	public static String unique(String prefix) {
		return prefix + SEQUENCE.incrementAndGet();
	}

	protected CurrentUser admin() {
		return this.accounts.actingAs("admin");
	}

	protected Organisation org(String name, OrganisationKind kind, Organisation parent, Double latitude,
			Double longitude) {
		return this.organisations.create(admin(), new NewOrganisation(unique(name), kind,
				parent == null ? null : parent.getId().toString(), null, latitude, longitude));
	}

	protected Account user(Role role, Organisation organisation, String... skills) {
		return this.accounts.create(admin(),
				new NewAccount(unique(role.name().toLowerCase().replace('_', '.')), PASSWORD, "Test " + role, role,
						organisation.getId().toString(), role == Role.STUDENT ? unique("S") : null, null,
						List.of(skills), null));
	}

	protected String token(String username, String password) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	protected String token(Account account) throws Exception {
		return token(account.getUsername(), PASSWORD);
	}

	protected ResultActions getAs(String token, String url, Object... vars) throws Exception {
		return this.mvc.perform(auth(get(url, vars), token));
	}

	protected ResultActions postAs(String token, String json, String url, Object... vars) throws Exception {
		return this.mvc.perform(
				auth(post(url, vars), token).contentType(MediaType.APPLICATION_JSON).content(json == null ? "" : json));
	}

	protected ResultActions putAs(String token, String json, String url, Object... vars) throws Exception {
		return this.mvc.perform(auth(put(url, vars), token).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	protected ResultActions deleteAs(String token, String url, Object... vars) throws Exception {
		return this.mvc.perform(auth(delete(url, vars), token));
	}

	private static MockHttpServletRequestBuilder auth(MockHttpServletRequestBuilder request, String token) {
		request.header("Accept-Language", "en");
		return token == null ? request : request.header("Authorization", "Bearer " + token);
	}

	protected static String read(ResultActions result, String path) throws Exception {
		Object value = JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
		return value == null ? null : value.toString();
	}

	/**
	 * One university side and one locality side with an admin at every level, a team
	 * leader, a student and a community admin. Positions: the university in Hengyang, the
	 * community 3 km away.
	 */
	protected World world() {
		Organisation university = org("University", OrganisationKind.UNIVERSITY, null, 26.8968, 112.6484);
		Organisation college = org("College", OrganisationKind.COLLEGE, university, null, null);
		Organisation team = org("Team", OrganisationKind.TEAM, college, null, null);
		Organisation district = org("District", OrganisationKind.DISTRICT, null, 26.8940, 112.6260);
		Organisation street = org("Street", OrganisationKind.STREET, district, null, null);
		Organisation community = org("Community", OrganisationKind.COMMUNITY, street, 26.9012, 112.6355);
		return new World(university, college, team, district, street, community,
				user(Role.UNIVERSITY_ADMIN, university), user(Role.COLLEGE_ADMIN, college),
				user(Role.TEAM_LEADER, team), user(Role.STUDENT, college, "绘画"), user(Role.DISTRICT_ADMIN, district),
				user(Role.COMMUNITY_ADMIN, community));
	}

	public record World(Organisation university, Organisation college, Organisation team, Organisation district,
			Organisation street, Organisation community, Account universityAdmin, Account collegeAdmin,
			Account teamLeader, Account student, Account districtAdmin, Account communityAdmin) {
	}

	/**
	 * A published need of the world's community and the team's offer for it, matched into
	 * a project. The need's dates run from the start of the test clock's year to the end
	 * of 2030, so that the tests' shifts lie within the project's dates.
	 */
	protected String project(World world) throws Exception {
		String community = token(world.communityAdmin());
		String leader = token(world.teamLeader());
		String need = read(postAs(community,
				needJson(world.community(), "项目需求", "PUBLICITY", "", 5, "2026-01-01", "2030-12-31"), "/api/v1/needs"),
				"$.id");
		postAs(community, null, "/api/v1/needs/{id}/publish", need);
		String offer = read(postAs(leader, offerJson(world.team(), "项目服务", "\"PUBLICITY\"", "", 5), "/api/v1/offers"),
				"$.id");
		postAs(leader, null, "/api/v1/offers/{id}/publish", offer);
		String pair = "{\"needId\":\"" + need + "\",\"offerId\":\"" + offer + "\"}";
		postAs(community, pair, "/api/v1/interests");
		return read(postAs(leader, pair, "/api/v1/interests"), "$.projectId");
	}

	/**
	 * A shift of the project, starting the given number of hours from now and lasting two
	 * hours.
	 */
	protected String shift(String token, String project, int startsInHours, int capacity) throws Exception {
		java.time.OffsetDateTime start = java.time.OffsetDateTime.now(this.clock).plusHours(startsInHours).withNano(0);
		return read(
				postAs(token, """
						{"title":"班次","startsAt":"%s","endsAt":"%s","capacity":%d,"address":"社区活动中心"}
						""".formatted(start, start.plusHours(2), capacity), "/api/v1/projects/{id}/shifts", project)
					.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated()),
				"$.id");
	}

	/** A student who served 1.5 hours of a shift, checked out: a pending entry. */
	protected Served served(World world) throws Exception {
		String leader = token(world.teamLeader());
		String project = project(world);
		String shift = shift(leader, project, 0, 5);
		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());
		postAs(token(student), null, "/api/v1/shifts/{id}/signups", shift);
		String code = read(getAs(leader, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");
		postAs(token(student), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-in", shift);
		java.time.Instant checkedIn = this.clock.instant();
		this.clock.advance(java.time.Duration.ofMinutes(95));
		code = read(getAs(leader, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");
		String entry = read(
				postAs(token(student), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-out", shift),
				"$.hoursEntryId");
		this.clock.setTo(checkedIn);
		return new Served(student, project, shift, entry);
	}

	public record Served(Account student, String project, String shift, String entry) {
	}

	protected static String needJson(Organisation community, String title, String direction, String skills,
			int headcount) {
		return needJson(community, title, direction, skills, headcount, "2030-05-01", "2030-05-31");
	}

	protected static String needJson(Organisation community, String title, String direction, String skills,
			int headcount, String startDate, String endDate) {
		return """
				{"communityId":"%s","title":"%s","description":"需要同学帮忙","direction":"%s","skills":[%s],
				 "startDate":"%s","endDate":"%s","headcount":%d}
				""".formatted(community.getId(), title, direction, skills, startDate, endDate, headcount);
	}

	protected static String offerJson(Organisation team, String title, String directions, String skills, int capacity) {
		return """
				{"teamId":"%s","title":"%s","description":"我们能做","directions":[%s],"skills":[%s],"capacity":%d,
				 "availableFrom":"2030-04-01","availableTo":"2030-06-30","radiusKm":20}
				""".formatted(team.getId(), title, directions, skills, capacity);
	}

}
