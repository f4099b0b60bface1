package org.practica.club;

import org.junit.jupiter.api.Test;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Members and officers: joining open clubs and applying to those that approve members,
 * offices held by members, the graduation sweep and a club left without a president.
 */
class ClubMembershipTests extends ClubTestSupport {

	@Autowired
	private Clubs clubs;

	@Test
	void studentsJoinOpenClubsAndApplyToClubsThatApproveMembers() throws Exception {
		Federation f = federation();
		String club = active(f);
		Account joiner = user(Role.STUDENT, f.college());
		Account applicant = user(Role.STUDENT, f.college());
		String president = token(f.applicant());
		postAs(token(joiner), null, "/api/v1/clubs/{id}/members", club).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		putAs(token(f.students().get(1)), "{\"membersNeedApproval\":true,\"instructorsPublic\":false}",
				"/api/v1/clubs/{id}/settings", club)
			.andExpect(status().isForbidden());
		putAs(president, "{\"membersNeedApproval\":true,\"instructorsPublic\":false}", "/api/v1/clubs/{id}/settings",
				club)
			.andExpect(status().isOk());
		postAs(token(applicant), null, "/api/v1/clubs/{id}/members", club).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"));
		postAs(token(joiner), null, "/api/v1/clubs/{id}/members/{u}/approve", club, applicant.getId())
			.andExpect(status().isForbidden());
		postAs(president, null, "/api/v1/clubs/{id}/members/{u}/approve", club, applicant.getId())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		getAs(token(joiner), "/api/v1/clubs/{id}/members", club).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(8))
			.andExpect(jsonPath("$.items[0].office").value("PRESIDENT"));
		getAs(token(user(Role.STUDENT, f.college())), "/api/v1/clubs/{id}/members", club)
			.andExpect(status().isForbidden());
		// instructors are hidden from outsiders now, shown to members
		getAs(null, "/api/v1/clubs/{id}", club).andExpect(jsonPath("$.instructors", hasSize(0)));
		getAs(token(joiner), "/api/v1/clubs/{id}", club).andExpect(jsonPath("$.instructors", hasSize(1)));
		getAs(token(applicant), "/api/v1/me/clubs").andExpect(jsonPath("$[0].clubId").value(club))
			.andExpect(jsonPath("$[0].membership").value("ACTIVE"));
		deleteAs(token(applicant), "/api/v1/clubs/{id}/members/{u}", club, applicant.getId())
			.andExpect(status().isNoContent());
		getAs(token(applicant), "/api/v1/me/clubs").andExpect(jsonPath("$", hasSize(0)));
		Federation other = federation();
		postAs(token(other.students().get(0)), null, "/api/v1/clubs/{id}/members", club)
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void officersAreMembersAndThePresidentHandsOver() throws Exception {
		Federation f = federation();
		String club = active(f);
		String president = token(f.applicant());
		Account outsider = user(Role.STUDENT, f.college());
		putAs(president, "{\"office\":\"SECRETARY\"}", "/api/v1/clubs/{id}/members/{u}/office", club, outsider.getId())
			.andExpect(status().isNotFound());
		putAs(president, "{\"office\":\"TREASURER\"}", "/api/v1/clubs/{id}/members/{u}/office", club,
				f.students().get(1).getId())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.office").value("TREASURER"));
		putAs(president, "{\"office\":null}", "/api/v1/clubs/{id}/members/{u}/office", club, f.applicant().getId())
			.andExpect(status().isConflict());
		putAs(president, "{\"office\":\"PRESIDENT\"}", "/api/v1/clubs/{id}/members/{u}/office", club,
				f.students().get(2).getId())
			.andExpect(status().isOk());
		getAs(president, "/api/v1/clubs/{id}/members", club)
			.andExpect(jsonPath("$.items[?(@.office == 'PRESIDENT')]", hasSize(1)))
			.andExpect(jsonPath("$.items[?(@.office == 'PRESIDENT')].userId")
				.value(f.students().get(2).getId().toString()));
		putAs(president, "{\"office\":\"SECRETARY\"}", "/api/v1/clubs/{id}/members/{u}/office", club,
				f.students().get(3).getId())
			.andExpect(status().isForbidden());
	}

	@Test
	void graduatesLeaveAtTheStartOfTheSchoolYearAndAClubWithoutPresidentIsFlagged() throws Exception {
		Federation f = federation();
		String club = active(f);
		// the president and one founder graduate in 2027; the sweep of the school year
		// starting 2027-09-01 ends them
		this.accounts.recordStanding(admin(), f.applicant().getId(), 2027, false);
		this.accounts.recordStanding(admin(), f.students().get(1).getId(), 2027, false);
		this.accounts.recordStanding(admin(), f.students().get(2).getId(), 2028, false);
		this.jobs.sweepGraduates(2026);
		getAs(token(f.officer()), "/api/v1/clubs/{id}/members", club).andExpect(jsonPath("$.total").value(6));
		this.jobs.sweepGraduates(2027);
		getAs(token(f.officer()), "/api/v1/clubs/{id}/members", club).andExpect(jsonPath("$.total").value(4));
		getAs(token(f.officer()), "/api/v1/clubs/{id}", club).andExpect(jsonPath("$.withoutPresident").value(true));
		getAs(token(f.applicant()), "/api/v1/me/clubs").andExpect(jsonPath("$", hasSize(0)));
		eventsHandled();
		assertThat(this.notifications.latest(this.accounts.actingAs(f.officer().getUsername())))
			.anyMatch(n -> n.getMessageKey().equals("club.notice.without-president"));
		putAs(token(f.officer()), "{\"office\":\"PRESIDENT\"}", "/api/v1/clubs/{id}/members/{u}/office", club,
				f.students().get(3).getId())
			.andExpect(status().isOk());
		getAs(token(f.officer()), "/api/v1/clubs/{id}", club).andExpect(jsonPath("$.withoutPresident").value(false));
	}

	@Test
	void theSchoolYearStartsOnTheConfiguredDay() {
		assertThat(this.jobs.schoolYearStart(java.time.LocalDate.of(2026, 11, 11)))
			.isEqualTo(java.time.LocalDate.of(2026, 9, 1));
		assertThat(this.jobs.schoolYearStart(java.time.LocalDate.of(2027, 8, 31)))
			.isEqualTo(java.time.LocalDate.of(2026, 9, 1));
		assertThat(this.jobs.schoolYearStart(java.time.LocalDate.of(2027, 9, 1)))
			.isEqualTo(java.time.LocalDate.of(2027, 9, 1));
	}

}
