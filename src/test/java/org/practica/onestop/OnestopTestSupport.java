package org.practica.onestop;

import java.time.OffsetDateTime;

import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Role;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A university with a college, its admin, students and service providers, and helpers to
 * offer services and publish slots through the API.
 */
abstract class OnestopTestSupport extends ApiTestSupport {

	record Campus(Organisation university, Organisation college, Account admin, Account student, Account tutor,
			Account counsellor) {
	}

	Campus campus() {
		Organisation university = org("Uni", OrganisationKind.UNIVERSITY, null, 26.9, 112.6);
		Organisation college = org("College", OrganisationKind.COLLEGE, university, null, null);
		return new Campus(university, college, user(Role.UNIVERSITY_ADMIN, university), user(Role.STUDENT, college),
				user(Role.SERVICE_PROVIDER, university), user(Role.SERVICE_PROVIDER, university));
	}

	String service(Campus campus, ServiceKind kind) throws Exception {
		return read(postAs(token(campus.admin()), """
				{"organisationId":"%s","kind":"%s","title":"服务","location":"书院活动室"}
				""".formatted(campus.university().getId(), kind), "/api/v1/services").andExpect(status().isCreated()),
				"$.id");
	}

	/** A slot starting the given hours from now, lasting an hour. */
	String slot(Account provider, String service, int startsInHours, int capacity) throws Exception {
		OffsetDateTime start = OffsetDateTime.now(this.clock).plusHours(startsInHours).withNano(0);
		return read(postAs(token(provider), """
				{"startsAt":"%s","endsAt":"%s","capacity":%d,"providerId":"%s","noticeMinutes":30}
				""".formatted(start, start.plusHours(1), capacity, provider.getId()), "/api/v1/services/{id}/slots",
				service)
			.andExpect(status().isCreated()), "$.id");
	}

	String consentAndBook(Account student, String slot) throws Exception {
		String token = token(student);
		postAs(token, "{\"kind\":\"COUNSELLING\"}", "/api/v1/me/consents").andExpect(status().isCreated());
		return read(postAs(token, null, "/api/v1/slots/{id}/bookings", slot).andExpect(status().isCreated()), "$.id");
	}

}
