package org.practica.evaluation;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practica.directory.Account;
import org.practica.notification.Notification;

import org.practica.project.ProjectCompleted;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The parties are asked to rate when a project completes, and those who have not are
 * reminded five days later, once however often the job runs.
 */
class EvaluationReminderTests extends EvaluationTestSupport {

	@Autowired
	RatingNotices notices;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void bothSidesAreAskedAtCompletionAndRemindedAfterFiveDaysOnce() throws Exception {
		Completed done = completed();
		String link = "/projects/" + done.project();
		assertThat(notices(done.world().communityAdmin(), link, "evaluation.notice.rate")).hasSize(1);
		assertThat(notices(done.world().teamLeader(), link, "evaluation.notice.rate")).hasSize(1);
		assertThat(notices(done.world().districtAdmin(), link, "evaluation.notice.rate")).isEmpty();

		this.clock.advance(Duration.ofDays(5).minusMinutes(1));
		this.notices.remind();
		assertThat(notices(done.world().communityAdmin(), link, "evaluation.notice.remind")).isEmpty();

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.notices.remind()).isGreaterThanOrEqualTo(2);
		List<Notification> reminded = notices(done.world().communityAdmin(), link, "evaluation.notice.remind");
		assertThat(reminded).hasSize(1);
		assertThat(reminded.get(0).getArguments()).containsExactly("项目需求", "2026-11-18");
		assertThat(notices(done.world().teamLeader(), link, "evaluation.notice.remind")).hasSize(1);

		// another run (or another instance's) reminds nobody again
		this.notices.remind();
		assertThat(notices(done.world().communityAdmin(), link, "evaluation.notice.remind")).hasSize(1);
	}

	@Test
	void aSideThatHasRatedIsNotReminded() throws Exception {
		Completed done = completed();
		String link = "/projects/" + done.project();
		postAs(token(done.world().communityAdmin()), ofTeam(4), "/api/v1/projects/{id}/evaluations", done.project())
			.andExpect(status().isCreated());
		this.clock.advance(Duration.ofDays(5));
		this.notices.remind();
		assertThat(notices(done.world().communityAdmin(), link, "evaluation.notice.remind")).isEmpty();
		assertThat(notices(done.world().teamLeader(), link, "evaluation.notice.remind")).hasSize(1);
	}

	@Test
	void aRepeatedCompletionEventAsksNobodyTwice() throws Exception {
		Completed done = completed();
		// delivered again, as a resubmission would
		new TransactionTemplate(this.transactions)
			.executeWithoutResult(status -> this.events.publishEvent(new ProjectCompleted(Long.valueOf(done.project()),
					"项目需求", done.world().community().getId(), done.world().community().getPath(),
					done.world().team().getId(), done.world().team().getPath(), this.clock.instant())));
		eventsHandled();
		assertThat(notices(done.world().communityAdmin(), "/projects/" + done.project(), "evaluation.notice.rate"))
			.hasSize(1);
	}

	private List<Notification> notices(Account account, String link, String key) {
		return this.notifications.latest(this.accounts.actingAs(account.getUsername()))
			.stream()
			.filter(n -> link.equals(n.getLink()) && key.equals(n.getMessageKey()))
			.toList();
	}

}
