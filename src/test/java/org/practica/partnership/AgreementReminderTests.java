package org.practica.partnership;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.notification.Notification;
import org.practica.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The daily job tells both parties' admins about agreements ending within 60 days, once a
 * day however often it is started.
 */
class AgreementReminderTests extends ApiTestSupport {

	@Autowired
	AgreementReminders reminders;

	@Autowired
	Notifications notifications;

	@Test
	void expiringAgreementsAreShownToBothPartiesAdminsOnceADay() throws Exception {
		World world = world();
		LocalDate today = LocalDate.now(this.clock);
		// a day of its own, far ahead, so that no other run has claimed it
		LocalDate day = today.plusDays(2000 + (System.nanoTime() / 1000) % 50_000);
		String admin = token(world.universityAdmin());
		String expiring = agreement(admin, world, today, day.plusDays(30), true);
		String later = agreement(admin, world, today, day.plusDays(90), true);
		String draft = agreement(admin, world, today, day.plusDays(20), false);

		assertThat(this.reminders.run(day)).isPositive();
		// a second instance running the same day's job finds it taken
		assertThat(this.reminders.run(day)).isZero();

		for (Account account : List.of(world.universityAdmin(), world.districtAdmin())) {
			List<Notification> mine = this.notifications.latest(this.accounts.actingAs(account.getUsername()));
			assertThat(mine).filteredOn(n -> n.getLink().equals("/agreements/" + expiring)).hasSize(1);
			assertThat(mine).noneMatch(n -> n.getLink().equals("/agreements/" + later));
			assertThat(mine).noneMatch(n -> n.getLink().equals("/agreements/" + draft));
		}
		assertThat(this.notifications.latest(this.accounts.actingAs(world.communityAdmin().getUsername())))
			.noneMatch(n -> n.getLink().equals("/agreements/" + expiring));

		// the next day it runs again
		assertThat(this.reminders.run(day.plusDays(1))).isPositive();
	}

	private String agreement(String token, World world, LocalDate startsOn, LocalDate endsOn, boolean signed)
			throws Exception {
		String id = read(
				postAs(token, AgreementApiTests.agreementJson(world.university(), world.district(), startsOn, endsOn),
						"/api/v1/agreements")
					.andExpect(status().isCreated()),
				"$.id");
		if (signed) {
			postAs(token, "{\"signedOn\":\"%s\",\"signatories\":[\"甲\"]}".formatted(startsOn),
					"/api/v1/agreements/{id}/sign", id)
				.andExpect(status().isOk());
			postAs(token(world.districtAdmin()), "{\"signedOn\":\"%s\",\"signatories\":[\"乙\"]}".formatted(startsOn),
					"/api/v1/agreements/{id}/sign", id)
				.andExpect(status().isOk());
		}
		return id;
	}

}
