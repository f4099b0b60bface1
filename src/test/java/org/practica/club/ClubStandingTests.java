package org.practica.club;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.practica.directory.Account;
import org.practica.directory.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual review and its history, a dormant club's cancellation through a public
 * notice on the clock, a takeover that stops it, and another university's federation
 * seeing none of it.
 */
class ClubStandingTests extends ClubTestSupport {

	@Test
	void aDormantClubIsProposedForCancellationAndCancelledAfterItsNotice() throws Exception {
		Federation f = federation();
		String dormant = active(f);
		Federation g = federation();
		String lively = active(g);
		// an activity running into the months ahead keeps a club alive
		LocalDate today = LocalDate.now(this.clock);
		postAs(token(g.applicant()), """
				{"title":"读书月","startDate":"%s","endDate":"%s"}
				""".formatted(today, today.plusDays(200)), "/api/v1/clubs/{id}/activities", lively)
			.andExpect(status().isCreated());

		this.jobs.proposeDormant();
		getAs(null, "/api/v1/clubs/{id}", dormant).andExpect(jsonPath("$.dormantNoticeId").doesNotExist());
		this.clock.advance(this.settings.dormantAfter().plusDays(1));
		assertThat(this.jobs.proposeDormant()).isPositive();
		String notice = read(getAs(null, "/api/v1/clubs/{id}", dormant).andExpect(jsonPath("$.status").value("ACTIVE")),
				"$.dormantNoticeId");
		getAs(null, "/api/v1/clubs/{id}", lively).andExpect(jsonPath("$.dormantNoticeId").doesNotExist());
		getAs(null, "/api/v1/notices/{id}", notice).andExpect(status().isOk());
		this.jobs.proposeDormant();
		getAs(null, "/api/v1/clubs/{id}", dormant).andExpect(jsonPath("$.dormantNoticeId").value(notice));
		// its officers and instructors hear of it, with the notice's last day; its other
		// members and the other club hear nothing
		eventsHandled();
		String ends = OffsetDateTime.parse(read(getAs(null, "/api/v1/clubs/{id}", dormant), "$.dormantNoticeEndsAt"))
			.atZoneSameInstant(this.clock.getZone())
			.toLocalDate()
			.toString();
		assertThat(noticesOf(f.applicant())).filteredOn(n -> n.startsWith("club.notice.dormant "))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.endsWith(", " + ends + "]");
		assertThat(noticesOf(f.instructor())).anyMatch(n -> n.startsWith("club.notice.dormant "));
		assertThat(noticesOf(f.students().get(5))).noneMatch(n -> n.startsWith("club.notice.dormant "));
		assertThat(noticesOf(g.applicant())).noneMatch(n -> n.startsWith("club.notice.dormant "));

		// the notice runs its working days: ending it early does nothing
		this.notices.endIfDue(Long.valueOf(notice));
		eventsHandled();
		getAs(null, "/api/v1/clubs/{id}", dormant).andExpect(jsonPath("$.status").value("ACTIVE"));
		Instant closes = OffsetDateTime.parse(read(getAs(null, "/api/v1/clubs/{id}", dormant), "$.dormantNoticeEndsAt"))
			.toInstant();
		this.clock.setTo(closes.plus(Duration.ofMinutes(1)));
		this.notices.endIfDue(Long.valueOf(notice));
		eventsHandled();

		// archived, never deleted: gone from the public, readable to those who oversee it
		getAs(null, "/api/v1/clubs/{id}", dormant).andExpect(status().isNotFound());
		getAs(token(f.universityAdmin()), "/api/v1/clubs/{id}", dormant).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.statusReason").isNotEmpty());
		getAs(token(f.officer()), "/api/v1/clubs/{id}/reviews", dormant).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
		getAs(token(f.officer()), "/api/v1/clubs/{id}/members", dormant)
			.andExpect(jsonPath("$.items.length()").value(0));
		// its last officers and its instructors hear that it is cancelled
		assertThat(noticesOf(f.applicant())).anyMatch(n -> n.startsWith("club.notice.cancelled "));
		assertThat(noticesOf(f.instructor())).anyMatch(n -> n.startsWith("club.notice.cancelled "));
		assertThat(noticesOf(f.students().get(5))).noneMatch(n -> n.startsWith("club.notice.cancelled "));
	}

	@Test
	void aStudentTakesOverADormantClubWhenTheFederationApproves() throws Exception {
		Federation f = federation();
		String club = active(f);
		Account taker = user(Role.STUDENT, f.college());
		postAs(token(taker), "{\"statement\":\"我愿意重振读书会\"}", "/api/v1/clubs/{id}/takeovers", club)
			.andExpect(status().isConflict());
		this.clock.advance(this.settings.dormantAfter().plusDays(1));
		this.jobs.proposeDormant();
		String notice = read(getAs(null, "/api/v1/clubs/{id}", club), "$.dormantNoticeId");

		postAs(token(taker), "{\"statement\":\" \"}", "/api/v1/clubs/{id}/takeovers", club)
			.andExpect(status().isBadRequest());
		String takeover = read(
				postAs(token(taker), "{\"statement\":\"我愿意重振读书会，每月组织共读\"}", "/api/v1/clubs/{id}/takeovers", club)
					.andExpect(status().isCreated())
					.andExpect(jsonPath("$.status").value("REQUESTED")),
				"$.id");
		Federation other = federation();
		postAs(token(other.officer()), "{\"decision\":\"APPROVE\"}", "/api/v1/takeovers/{id}/review", takeover)
			.andExpect(status().isNotFound());
		getAs(token(f.officer()), "/api/v1/clubs/{id}/takeovers", club).andExpect(jsonPath("$[0].id").value(takeover));
		postAs(token(f.officer()), "{\"decision\":\"MAYBE\"}", "/api/v1/takeovers/{id}/review", takeover)
			.andExpect(status().isBadRequest());
		postAs(token(f.officer()), "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}", "/api/v1/takeovers/{id}/review",
				takeover)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		getAs(token(taker), "/api/v1/me/clubs").andExpect(jsonPath("$[0].clubId").value(club))
			.andExpect(jsonPath("$[0].office").value("PRESIDENT"));
		getAs(token(f.applicant()), "/api/v1/me/clubs").andExpect(jsonPath("$[0].office").doesNotExist());
		getAs(null, "/api/v1/clubs/{id}", club).andExpect(jsonPath("$.dormantNoticeId").doesNotExist());
		eventsHandled();
		assertThat(noticesOf(taker)).anyMatch(n -> n.startsWith("club.notice.takeover.approved "));
		assertThat(noticesOf(f.applicant())).noneMatch(n -> n.startsWith("club.notice.takeover."));

		// the notice ends, and the club stays
		getAs(null, "/api/v1/notices/{id}", notice).andExpect(status().isOk());
		this.clock.advance(Duration.ofDays(30));
		this.notices.endIfDue(Long.valueOf(notice));
		eventsHandled();
		getAs(null, "/api/v1/clubs/{id}", club).andExpect(jsonPath("$.status").value("ACTIVE"));
	}

	@Test
	void theAnnualReviewIsFiledInTheRenewalWindowAndReviewedWithItsHistoryKept() throws Exception {
		Federation f = federation();
		String club = active(f);
		String president = token(f.applicant());
		int year = LocalDate.now(this.clock).getYear();
		String body = "{\"year\":" + year + ",\"report\":\"本年度举办读书月活动 4 场，成员 30 人参与。\"}";
		// a renewal window set ahead: not open yet
		putAs(token(f.officer()),
				"{\"opensAt\":\"" + OffsetDateTime.now(this.clock).plusDays(3).withNano(0) + "\",\"closesAt\":null}",
				"/api/v1/federations/{id}/registration/RENEWAL", f.university().getId())
			.andExpect(status().isOk());
		postAs(president, body, "/api/v1/clubs/{id}/annual-reviews", club).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("The federation does not take renewals now."));
		this.clock.advance(Duration.ofDays(3));
		president = token(f.applicant());
		postAs(token(f.students().get(3)), body, "/api/v1/clubs/{id}/annual-reviews", club)
			.andExpect(status().isForbidden());
		String first = read(
				postAs(president, body, "/api/v1/clubs/{id}/annual-reviews", club).andExpect(status().isCreated())
					.andExpect(jsonPath("$.status").value("FILED")),
				"$.id");
		postAs(president, body, "/api/v1/clubs/{id}/annual-reviews", club).andExpect(status().isConflict());

		Federation other = federation();
		postAs(token(other.officer()), "{\"decision\":\"APPROVE\"}", "/api/v1/annual-reviews/{id}/review", first)
			.andExpect(status().isNotFound());
		getAs(token(other.officer()), "/api/v1/clubs/{id}/annual-reviews", club).andExpect(status().isNotFound());
		postAs(token(f.officer()), "{\"decision\":\"RETURN\"}", "/api/v1/annual-reviews/{id}/review", first)
			.andExpect(status().isBadRequest());
		postAs(token(f.officer()), "{\"decision\":\"RETURN\",\"comment\":\"请补充经费使用情况\"}",
				"/api/v1/annual-reviews/{id}/review", first)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		String second = read(
				postAs(president, body, "/api/v1/clubs/{id}/annual-reviews", club).andExpect(status().isCreated()),
				"$.id");
		postAs(token(f.officer()), "{\"decision\":\"APPROVE\"}", "/api/v1/annual-reviews/{id}/review", second)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		postAs(token(f.officer()), "{\"decision\":\"APPROVE\"}", "/api/v1/annual-reviews/{id}/review", second)
			.andExpect(status().isConflict());
		getAs(president, "/api/v1/clubs/{id}/annual-reviews", club).andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].id").value(second))
			.andExpect(jsonPath("$[1].status").value("RETURNED"))
			.andExpect(jsonPath("$[1].comment").value("请补充经费使用情况"));
		// the officers hear of each decision, with the federation's comment
		eventsHandled();
		assertThat(noticesOf(f.applicant()))
			.contains("club.notice.annual-review.RETURNED [" + read(getAs(null, "/api/v1/clubs/{id}", club), "$.name")
					+ ", " + year + ", 请补充经费使用情况]")
			.anyMatch(n -> n.startsWith("club.notice.annual-review.APPROVED "));
		assertThat(noticesOf(f.students().get(5))).noneMatch(n -> n.startsWith("club.notice.annual-review."));
	}

}
