package org.practica.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.NewAccount;
import org.practica.directory.Organisation;
import org.practica.directory.Role;
import org.practica.onestop.Announcements;
import org.practica.onestop.Booking;
import org.practica.onestop.Bookings;
import org.practica.onestop.CommunityService;
import org.practica.onestop.Counselling;
import org.practica.onestop.Course;
import org.practica.onestop.Courses;
import org.practica.onestop.Halls;
import org.practica.onestop.AnnouncementRequest;
import org.practica.onestop.CourseRequest;
import org.practica.onestop.ResidenceHall;
import org.practica.onestop.ServiceKind;
import org.practica.onestop.ServiceRequest;
import org.practica.onestop.Slot;
import org.practica.onestop.SlotRequest;

import org.springframework.stereotype.Component;

/**
 * The one-stop community of Hunan Institute of Technology's 雁栖书院 residence hall: a tutor
 * ({@code study.tutor}), a career adviser ({@code career.adviser}) and a counsellor
 * ({@code counsellor}, with {@code counsel.lead} the university's supervisor), slots in
 * the coming week, two safety courses (fire safety, anti-fraud) and an announcement.
 * {@code zhao.lei} has a tutoring booking and passed fire safety; {@code sun.li}
 * consented and has a counselling booking on which the counsellor wrote a note.
 */
@Component
class OnestopDemo {

	private final Accounts accounts;

	private final Halls halls;

	private final Bookings bookings;

	private final Counselling counselling;

	private final Courses courses;

	private final Announcements announcements;

	private final Clock clock;

	OnestopDemo(Accounts accounts, Halls halls, Bookings bookings, Counselling counselling, Courses courses,
			Announcements announcements, Clock clock) {
		this.accounts = accounts;
		this.halls = halls;
		this.bookings = bookings;
		this.counselling = counselling;
		this.courses = courses;
		this.announcements = announcements;
		this.clock = clock;
	}

	void load(CurrentUser admin, Organisation hnit, Organisation humanities) {
		account(admin, "study.tutor", "学业导师 刘老师", hnit);
		account(admin, "career.adviser", "就业指导 陈老师", hnit);
		account(admin, "counsellor", "心理咨询师 林老师", hnit);
		account(admin, "counsel.lead", "心理中心督导 黄老师", hnit);
		CurrentUser universityAdmin = this.accounts.actingAs("hnit.admin");
		ResidenceHall hall = this.halls.create(universityAdmin, hnit.getId(), "雁栖书院");
		for (String student : List.of("wang.fang", "zhao.lei", "sun.li", "zhou.jie", "wu.min", "zheng.hao",
				"feng.xue")) {
			this.halls.setResident(universityAdmin, hall.getId(), id(student));
		}
		this.counselling.nameSupervisor(universityAdmin, hnit.getId(), id("counsel.lead"));

		String hallId = hall.getId().toString();
		CommunityService tutoring = this.bookings.offer(universityAdmin,
				service(hnit, ServiceKind.ACADEMIC, "高数答疑与学业辅导", "雁栖书院一楼社区活动室", hallId));
		CommunityService studyRoom = this.bookings.offer(universityAdmin,
				service(hnit, ServiceKind.ACADEMIC, "考研自习小组", "雁栖书院二楼自习室", hallId));
		CommunityService career = this.bookings.offer(universityAdmin,
				service(hnit, ServiceKind.EMPLOYMENT, "简历诊所与模拟面试", "雁栖书院一楼社区活动室", hallId));
		CommunityService counsel = this.bookings.offer(universityAdmin,
				service(hnit, ServiceKind.COUNSELLING, "心理咨询（一对一）", "雁栖书院心理辅导室（或线上）", hallId));
		CommunityService fireDrill = this.bookings.offer(universityAdmin,
				service(hnit, ServiceKind.SAFETY, "宿舍消防演练", "雁栖书院楼前广场", hallId));

		LocalDate tomorrow = LocalDate.now(this.clock).plusDays(1);
		Slot tutorSlot = slot(tutoring, "study.tutor", tomorrow, 14, 60, 1, 3, 10).get(0);
		slot(tutoring, "study.tutor", tomorrow, 16, 60, 1, 0, 10);
		slot(studyRoom, "study.tutor", tomorrow.plusDays(2), 19, 120, 20, 0, 0);
		slot(career, "career.adviser", tomorrow.plusDays(1), 10, 45, 1, 1, 15);
		slot(career, "career.adviser", tomorrow.plusDays(3), 15, 90, 12, 0, 0);
		Slot counselSlot = slot(counsel, "counsellor", tomorrow, 9, 50, 1, 0, 10).get(0);
		slot(counsel, "counsellor", tomorrow.plusDays(2), 9, 50, 1, 0, 10);
		slot(counsel, "counsellor", tomorrow.plusDays(4), 14, 50, 1, 0, 10);
		slot(fireDrill, "career.adviser", tomorrow.plusDays(5), 16, 60, 80, 0, 0);

		this.bookings.book(this.accounts.actingAs("zhao.lei"), tutorSlot.getId());
		CurrentUser sunLi = this.accounts.actingAs("sun.li");
		this.counselling.consent(sunLi, ServiceKind.COUNSELLING);
		Booking counselBooking = this.bookings.book(sunLi, counselSlot.getId());
		this.counselling.write(this.accounts.actingAs("counsellor"), counselBooking.getId(),
				"首次来访：近期因考研压力睡眠不好。约定下周复诊，练习放松训练。");

		Course fire = this.courses.offer(universityAdmin,
				course(hnit, "宿舍消防安全", "1. 宿舍内禁止使用大功率电器和私拉电线。\n2. 发现火情立即拨打 119，并按疏散指示有序撤离。\n3. 认识并会使用灭火器：提、拔、握、压。",
						true, LocalDate.now(this.clock).plusDays(14),
						List.of(question("发现火情应拨打哪个电话？", List.of("110", "119", "120"), 1),
								question("使用灭火器的第一步是？", List.of("拔掉保险销", "提起灭火器", "对准火焰根部"), 1),
								question("宿舍内可以使用电热锅吗？", List.of("可以", "不可以"), 1))));
		this.courses.offer(this.accounts.actingAs("hnit.hum.admin"),
				course(humanities, "防范电信网络诈骗", "1. 公检法机关不会通过电话要求转账到“安全账户”。\n2. 刷单返利都是诈骗。\n3. 不出借、出售自己的银行卡和电话卡。", false,
						null, List.of(question("“公安”来电要求转账到安全账户，应该？", List.of("照做", "挂断并拨打 110 核实"), 1),
								question("刷单返利是？", List.of("兼职机会", "诈骗"), 1))));
		this.courses.attempt(this.accounts.actingAs("zhao.lei"), fire.getId(), List.of(1, 1, 1));

		this.announcements.post(universityAdmin, new AnnouncementRequest(hnit.getId().toString(), "雁栖书院本周一站式服务安排",
				"本周书院社区活动室开放学业辅导、简历诊所和心理咨询预约，周末进行宿舍消防演练，请同学们在“一站式社区”页面预约。", hallId));
	}

	private List<Slot> slot(CommunityService service, String provider, LocalDate day, int hour, int minutes,
			int capacity, int repeatWeeks, int buffer) {
		OffsetDateTime start = day.atTime(LocalTime.of(hour, 0)).atZone(this.clock.getZone()).toOffsetDateTime();
		return this.bookings.publish(this.accounts.actingAs(provider), service.getId(), new SlotRequest(start,
				start.plusMinutes(minutes), capacity, id(provider).toString(), repeatWeeks, buffer, 60));
	}

	private static ServiceRequest service(Organisation organisation, ServiceKind kind, String title, String location,
			String hallId) {
		return new ServiceRequest(organisation.getId().toString(), kind, title, location, hallId);
	}

	private static CourseRequest course(Organisation organisation, String title, String content, boolean required,
			LocalDate deadline, List<CourseRequest.QuestionRequest> questions) {
		return new CourseRequest(organisation.getId().toString(), title, content, 60, required, deadline, questions);
	}

	private static CourseRequest.QuestionRequest question(String text, List<String> options, int answer) {
		return new CourseRequest.QuestionRequest(text, options, answer);
	}

	private Long id(String username) {
		return this.accounts.findByUsername(username).map(Account::getId).orElseThrow();
	}

	private void account(CurrentUser admin, String username, String name, Organisation organisation) {
		this.accounts.create(admin, new NewAccount(username, DemoData.PASSWORD, name, Role.SERVICE_PROVIDER,
				organisation.getId().toString(), null, null, List.of(), null, username + "@" + DemoData.EMAIL_DOMAIN));
	}

}
