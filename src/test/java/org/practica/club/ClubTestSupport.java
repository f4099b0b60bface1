package org.practica.club;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A university with its student association federation, a university admin, a college
 * admin who instructs clubs, and six students; and the steps that take a club from an
 * application to ACTIVE.
 */
abstract class ClubTestSupport extends ApiTestSupport {

	@Autowired
	protected ClubJobs jobs;

	@Autowired
	protected ClubSettings settings;

	@Autowired
	protected org.practica.notice.Notices notices;

	protected Federation federation() {
		Organisation university = org("University", OrganisationKind.UNIVERSITY, null, null, null);
		Organisation college = org("College", OrganisationKind.COLLEGE, university, null, null);
		List<Account> students = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			students.add(user(Role.STUDENT, college));
		}
		return new Federation(university, college, user(Role.FEDERATION_OFFICER, university),
				user(Role.UNIVERSITY_ADMIN, university), user(Role.COLLEGE_ADMIN, college), students);
	}

	record Federation(Organisation university, Organisation college, Account officer, Account universityAdmin,
			Account instructor, List<Account> students) {

		Account applicant() {
			return this.students.get(0);
		}

	}

	protected void openRegistration(Federation f) throws Exception {
		postAs(token(f.officer()), null, "/api/v1/federations/{id}/registration/NEW/open", f.university().getId())
			.andExpect(status().isOk());
	}

	protected static String applicationJson(Federation f, String name, List<String> founders,
			List<String> instructors) {
		return """
				{"universityId":"%s","name":"%s","category":"ACADEMIC","purpose":"读书与交流",
				 "charter":{"name":"%s","purpose":"以书会友","rights":"会员有参加活动的权利和遵守章程的义务",
				   "officers":"社长由会员大会选举产生，可由会员大会罢免","finances":"经费公开，专款专用",
				   "dissolution":"经会员大会决议并报社联批准后终止"},
				 "founderIds":[%s],"instructorIds":[%s]}
				""".formatted(f.university().getId(), name, name, quoted(founders), quoted(instructors));
	}

	protected static String quoted(List<String> ids) {
		return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
	}

	protected static List<String> ids(List<Account> accounts) {
		return accounts.stream().map(a -> a.getId().toString()).toList();
	}

	protected static List<String> ids(Account... accounts) {
		return ids(Arrays.asList(accounts));
	}

	/** An application by the first student, with the other five as founders. */
	protected String apply(Federation f) throws Exception {
		return read(postAs(token(f.applicant()),
				applicationJson(f, unique("读书会"), ids(f.students().subList(1, 6)), ids(f.instructor())),
				"/api/v1/clubs")
			.andExpect(status().isCreated()), "$.id");
	}

	/** An approved club in its public notice. */
	protected String approved(Federation f) throws Exception {
		openRegistration(f);
		String club = apply(f);
		postAs(token(f.instructor()), "{\"accepted\":true}", "/api/v1/clubs/{id}/instructor-response", club)
			.andExpect(status().isOk());
		postAs(token(f.officer()), "{\"decision\":\"APPROVE\"}", "/api/v1/clubs/{id}/review", club)
			.andExpect(status().isOk());
		postAs(token(f.universityAdmin()), "{\"decision\":\"APPROVE\"}", "/api/v1/clubs/{id}/review", club)
			.andExpect(status().isOk());
		return club;
	}

	/** Moves the clock past the club's notice and ends it: the club is on probation. */
	protected void passNotice(String club) throws Exception {
		String noticeId = read(getAs(null, "/api/v1/clubs/{id}", club), "$.noticeId");
		java.time.Instant closes = java.time.OffsetDateTime
			.parse(read(getAs(null, "/api/v1/clubs/{id}", club), "$.noticeEndsAt"))
			.toInstant();
		if (this.clock.instant().isBefore(closes)) {
			this.clock.setTo(closes.plus(Duration.ofMinutes(1)));
		}
		this.notices.endIfDue(Long.valueOf(noticeId));
		eventsHandled();
	}

	/** A club whose notice and probation have passed: ACTIVE. The clock is moved on. */
	protected String active(Federation f) throws Exception {
		String club = approved(f);
		passNotice(club);
		this.clock.advance(this.settings.probation().plus(Duration.ofMinutes(1)));
		this.jobs.moveOn();
		return club;
	}

	protected static final byte[] PDF = "%PDF-1.4 receipt".getBytes();

	/** A fund request of the club by its president, for the amount, in one line item. */
	protected String fundRequest(Federation f, String club, String amount) throws Exception {
		return read(postAs(token(f.applicant()), """
				{"clubId":"%s","amount":%s,"purpose":"读书月活动","items":[{"name":"图书","amount":%s}]}
				""".formatted(club, amount, amount), "/api/v1/fund-requests").andExpect(status().isCreated()), "$.id");
	}

	/**
	 * A budget for this year, and the request granted for the amount (after both stages).
	 */
	protected void grant(Federation f, String request, String budget, String amount) throws Exception {
		int year = java.time.LocalDate.now(this.clock).getYear();
		putAs(token(f.universityAdmin()), "{\"budget\":" + budget + "}", "/api/v1/funds/{u}/{y}",
				f.university().getId(), year)
			.andExpect(status().isOk());
		postAs(token(f.officer()), "{\"decision\":\"APPROVE\",\"amount\":" + amount + ",\"comment\":\"按预算核定\"}",
				"/api/v1/fund-requests/{id}/review", request)
			.andExpect(status().isOk());
		postAs(token(f.universityAdmin()), "{\"decision\":\"APPROVE\"}", "/api/v1/fund-requests/{id}/review", request)
			.andExpect(status().isOk());
	}

	protected org.springframework.test.web.servlet.ResultActions spend(String token, String club, String request,
			String amount) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/clubs/{id}/spending", club)
			.file(new org.springframework.mock.web.MockMultipartFile("receipt", "发票.pdf", "application/pdf", PDF))
			.param("amount", amount)
			.param("description", "购书")
			.param("fundRequestId", request)
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "en"));
	}

	@org.springframework.beans.factory.annotation.Autowired
	protected org.practica.notification.Notifications notifications;

	/** The notices the person has, latest first: each its message key and arguments. */
	protected List<String> noticesOf(Account account) {
		return this.notifications.latest(this.accounts.actingAs(account.getUsername()))
			.stream()
			.map(n -> n.getMessageKey() + " " + java.util.Arrays.toString(n.getArguments()))
			.toList();
	}

}
