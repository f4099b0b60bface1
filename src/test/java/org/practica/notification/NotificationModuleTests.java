package org.practica.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.practica.directory.Accounts;
import org.practica.hours.Hours;
import org.practica.hours.HoursEntryDisputed;
import org.practica.hours.HoursEntryVerified;
import org.practica.project.InterestMarked;
import org.practica.signup.Signups;
import org.practica.signup.WaitlistedSignupPromoted;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification module on its own: the events of other modules, published after their
 * commit, become a student's notices with what the events carry, and nothing is asked of
 * the modules that published them.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class NotificationModuleTests {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

	// the daily reminders' sources: the module's flows here do not use them
	@MockitoBean
	Signups signups;

	@MockitoBean
	Hours hours;

	@MockitoBean
	Accounts accounts;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	JdbcClient jdbc;

	/** A person to notify; accounts are the directory's, which this test leaves out. */
	private long person() {
		long id = 900_000_000L + SEQUENCE.incrementAndGet();
		this.jdbc
			.sql("insert into account (id, username, password_hash, display_name, created_at, updated_at, version) "
					+ "values (?, ?, 'x', 'Student', current_timestamp, current_timestamp, 0)")
			.params(id, "module-test-" + id)
			.update();
		return id;
	}

	@Test
	void aDisputeBecomesTheStudentsNoticeWithTheStartOfItsReason(Scenario scenario) {
		long student = person();
		String reason = "未按时到岗".repeat(60);
		scenario
			.publish(new HoursEntryDisputed(7L, student, 3L, LocalDate.of(2026, 11, 2), new BigDecimal("1.50"), reason))
			.andWaitForStateChange(() -> received(student), (list) -> !list.isEmpty())
			.andVerify((list) -> {
				assertThat(list).singleElement().satisfies((notice) -> {
					assertThat(notice.getMessageKey()).isEqualTo("notice.hours-disputed");
					assertThat(notice.getLink()).isEqualTo("/me/hours");
					assertThat(notice.getArguments()).containsExactly("2026-11-02", "1.5",
							reason.substring(0, 199) + "…");
				});
			});
	}

	@Test
	void aVerificationAndAPromotionBecomeNotices(Scenario scenario) {
		long student = person();
		scenario
			.publish(new HoursEntryVerified(8L, student, 3L, LocalDate.of(2026, 11, 3), new BigDecimal("2.00"), "/1/2/",
					"/5/6/7/", "/1/2/3/"))
			.andWaitForStateChange(() -> received(student), (list) -> list.size() == 1)
			.andVerify((list) -> assertThat(list.get(0).getMessageKey()).isEqualTo("notice.hours-verified"));
		scenario
			.publish(
					new WaitlistedSignupPromoted(9L, 44L, 3L, student, "周六课业辅导", Instant.parse("2026-11-07T01:00:00Z")))
			.andWaitForStateChange(() -> received(student), (list) -> list.size() == 2)
			.andVerify((list) -> {
				Notification promoted = list.stream()
					.filter((n) -> n.getMessageKey().equals("notice.signup-promoted"))
					.findFirst()
					.orElseThrow();
				assertThat(promoted.getLink()).isEqualTo("/shifts/44");
				// 09:00 in the platform's zone
				assertThat(promoted.getArguments()).containsExactly("周六课业辅导", "2026-11-07", "09:00");
			});
	}

	@Test
	void aCommunitysInterestBecomesItsTeamLeadersNoticeAndNotTheMarkersOwn(Scenario scenario) {
		long leader = person();
		long otherLeader = person();
		long communityAdmin = person();
		org.mockito.BDDMockito.given(this.accounts.adminsAt("/1/2/3/")).willReturn(List.of(leader, otherLeader));
		scenario
			.publish(new InterestMarked(5L, 6L, 7L, true, false, false, "课后辅导", "学业辅导服务", "清泉山社区", "萤火队", "/9/8/7/",
					"/1/2/3/", communityAdmin))
			.andWaitForStateChange(() -> received(otherLeader), (list) -> !list.isEmpty())
			.andVerify((list) -> assertThat(list).singleElement().satisfies((notice) -> {
				assertThat(notice.getMessageKey()).isEqualTo("notice.interest-from-community");
				assertThat(notice.getCategory()).isEqualTo(NoticeCategory.FAIR);
				assertThat(notice.getLink()).isEqualTo("/fair");
				assertThat(notice.getArguments()).containsExactly("清泉山社区", "学业辅导服务", "课后辅导");
			}));
		assertThat(received(leader)).hasSize(1);
		assertThat(received(communityAdmin)).isEmpty();
	}

	@Test
	void aTeamsInterestTellsTheCommunityAndAMatchTellsBothSidesButTheMarker(Scenario scenario) {
		long leader = person();
		long communityAdmin = person();
		org.mockito.BDDMockito.given(this.accounts.communityAdminsAt("/9/8/6/")).willReturn(List.of(communityAdmin));
		org.mockito.BDDMockito.given(this.accounts.adminsAt("/1/2/4/")).willReturn(List.of(leader));
		scenario
			.publish(new InterestMarked(15L, 16L, 17L, false, true, false, "墙绘", "彩绘服务", "明山社区", "彩绘队", "/9/8/6/",
					"/1/2/4/", leader))
			.andWaitForStateChange(() -> received(communityAdmin), (list) -> !list.isEmpty())
			.andVerify((list) -> assertThat(list).singleElement().satisfies((notice) -> {
				assertThat(notice.getMessageKey()).isEqualTo("notice.interest-from-team");
				assertThat(notice.getArguments()).containsExactly("彩绘队", "墙绘", "彩绘服务");
			}));
		scenario
			.publish(new InterestMarked(15L, 16L, 17L, true, false, true, "墙绘", "彩绘服务", "明山社区", "彩绘队", "/9/8/6/",
					"/1/2/4/", communityAdmin))
			.andWaitForStateChange(() -> received(leader), (list) -> !list.isEmpty())
			.andVerify((list) -> assertThat(list).singleElement().satisfies((notice) -> {
				assertThat(notice.getMessageKey()).isEqualTo("notice.interest-matched");
				assertThat(notice.getArguments()).containsExactly("明山社区", "墙绘", "彩绘服务");
			}));
		assertThat(received(communityAdmin)).hasSize(1);
	}

	private List<Notification> received(long student) {
		return this.notifications.findByAccountIdOrderByCreatedAtDescIdDesc(student,
				org.springframework.data.domain.Limit.of(10));
	}

}
