package org.practica.notification;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.support.EventRedelivery;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A notice reacts to a change after the change committed: when sending it fails, the
 * change stays, the delivery is kept as failed in the event publication registry, and
 * once the fault has cleared the resubmission delivers it, exactly once.
 */
class NoticeRedeliveryTests extends ApiTestSupport {

	@Autowired
	private EventRedelivery redelivery;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aNoticeThatFailedIsDeliveredOnceAfterTheFaultClears() throws Exception {
		World world = world();
		Served served = served(world);
		doThrow(new IllegalStateException("the notifications' store is away")).when(this.notifications)
			.send(anyLong(), eq(NoticeCategory.HOURS), eq("notice.hours-disputed"), anyString(), any(Object[].class));

		postAs(token(world.communityAdmin()), "{\"reason\":\"提前离开\"}", "/api/v1/hours/{id}/dispute", served.entry())
			.andExpect(status().isOk());
		eventsHandled();

		// the dispute stands; its notice is not sent and its delivery is kept, failed
		getAs(token(served.student()), "/api/v1/me/hours").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '%s')].status".formatted(served.entry())).value("DISPUTED"));
		assertThat(keys(served.student())).isEmpty();
		assertThat(failedDeliveries(served.entry())).isEqualTo(1);

		reset(this.notifications);
		this.redelivery.resubmit();
		eventsHandled();
		assertThat(keys(served.student())).containsExactly("notice.hours-disputed");
		assertThat(failedDeliveries(served.entry())).isZero();

		this.redelivery.resubmit();
		eventsHandled();
		assertThat(keys(served.student())).containsExactly("notice.hours-disputed");
	}

	/**
	 * The incomplete deliveries of the dispute of this entry to the student's notices.
	 */
	private long failedDeliveries(String entryId) {
		return this.jdbc
			.sql("select count(*) from event_publication where completion_date is null and status = 'FAILED' "
					+ "and listener_id like ? and event_type like ? and serialized_event like ?")
			.params("%StudentNotices%", "%HoursEntryDisputed", "%\"entryId\":" + entryId + ",%")
			.query(Long.class)
			.single();
	}

	private List<String> keys(Account account) {
		eventsHandled();
		return this.notifications.latest(this.accounts.actingAs(account.getUsername()))
			.stream()
			.map(Notification::getMessageKey)
			.toList();
	}

}
