package org.practica.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.practica.club.AnnualReview;
import org.practica.club.Charter;
import org.practica.club.ClubActivities;
import org.practica.club.ClubStandings;
import org.practica.club.Club;
import org.practica.club.ClubApplication;
import org.practica.club.ClubCategory;
import org.practica.club.Clubs;
import org.practica.club.FundItem;
import org.practica.club.FundRequest;
import org.practica.club.Funds;
import org.practica.club.RegistrationWindow;
import org.practica.club.ReviewDecision;
import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.NewAccount;
import org.practica.directory.Organisation;
import org.practica.directory.Role;
import org.practica.hours.Hours;
import org.practica.hours.HoursEntry;
import org.practica.project.Project;
import org.practica.signup.Shift;
import org.practica.signup.ShiftRequest;
import org.practica.signup.Signups;

import org.springframework.stereotype.Component;

/**
 * The student association federation of Hunan Institute of Technology: its officer
 * {@code hnit.federation}, registration open, and clubs in different states — an active
 * reading club with a granted fund request, spending and a request waiting, a club in its
 * public notice, an application waiting for the federation and one returned for changes.
 */
@Component
class ClubDemo {

	private final Accounts accounts;

	private final Clubs clubs;

	private final Funds funds;

	private final Clock clock;

	private final ClubActivities activities;

	private final ClubStandings standings;

	private final Signups signups;

	private final Hours hours;

	ClubDemo(Accounts accounts, Clubs clubs, Funds funds, Clock clock, ClubActivities activities,
			ClubStandings standings, Signups signups, Hours hours) {
		this.activities = activities;
		this.standings = standings;
		this.signups = signups;
		this.hours = hours;
		this.accounts = accounts;
		this.clubs = clubs;
		this.funds = funds;
		this.clock = clock;
	}

	void load(CurrentUser admin, Organisation hnit, Organisation humanities, Organisation law) {
		account(admin, "hnit.federation", "湖南工学院社联 秘书长", Role.FEDERATION_OFFICER, hnit, null);
		String[][] students = { { "zhao.lei", "赵磊", "2023030110" }, { "sun.li", "孙丽", "2023030111" },
				{ "zhou.jie", "周杰", "2023030112" }, { "wu.min", "吴敏", "2023030113" },
				{ "zheng.hao", "郑浩", "2023030114" }, { "feng.xue", "冯雪", "2023030115" } };
		for (String[] s : students) {
			account(admin, s[0], s[1], Role.STUDENT, humanities, s[2]);
		}
		CurrentUser federation = this.accounts.actingAs("hnit.federation");
		CurrentUser universityAdmin = this.accounts.actingAs("hnit.admin");
		String instructor = id("hnit.hum.admin");
		this.clubs.openOrClose(federation, hnit.getId(), RegistrationWindow.Kind.NEW, true);

		Club reading = this.clubs.recordExisting(universityAdmin,
				application(hnit, "萤火读书会", ClubCategory.ACADEMIC, "以书会友，推动校园与社区阅读",
						List.of(id("wang.fang"), id("liu.yang"), id("zhao.lei"), id("sun.li"), id("zhou.jie")),
						instructor));
		int year = LocalDate.now(this.clock).getYear();
		this.funds.setBudget(universityAdmin, hnit.getId(), year, new BigDecimal("50000.00"));
		CurrentUser president = this.accounts.actingAs("wang.fang");
		FundRequest month = this.funds.request(president, reading.getId().toString(), new BigDecimal("3000.00"),
				"读书月系列活动", List.of(new FundItem("图书采购", new BigDecimal("2000.00")),
						new FundItem("场地布置与宣传", new BigDecimal("1000.00"))));
		this.funds.review(federation, month.getId(), ReviewDecision.APPROVE, new BigDecimal("2500.00"),
				"场地由图书馆免费提供，核减场地费 500 元");
		this.funds.review(universityAdmin, month.getId(), ReviewDecision.APPROVE, null, "同意");
		this.funds.spend(president, reading.getId(), month.getId().toString(), new BigDecimal("860.50"), "购买图书 43 册",
				DemoFile.note());
		this.funds.request(president, reading.getId().toString(), new BigDecimal("1200.00"), "读书月嘉宾讲座",
				List.of(new FundItem("嘉宾交通与食宿", new BigDecimal("1200.00"))));
		readingMonth(federation, president, reading, year);

		Club legalAid = this.clubs.apply(this.accounts.actingAs("liu.yang"),
				application(hnit, "法律援助志愿社", ClubCategory.VOLUNTEER, "为同学和社区居民提供法律咨询与普法宣传",
						List.of(id("zhao.lei"), id("sun.li"), id("wu.min"), id("zheng.hao")), instructor));
		this.clubs.answer(this.accounts.actingAs("hnit.hum.admin"), legalAid.getId(), true);
		this.clubs.review(federation, legalAid.getId(), ReviewDecision.APPROVE, "章程完备，同意");
		this.clubs.review(universityAdmin, legalAid.getId(), ReviewDecision.APPROVE, "同意成立，进入公示");

		Club paperCut = this.clubs.apply(this.accounts.actingAs("feng.xue"),
				application(hnit, "非遗剪纸社", ClubCategory.CULTURE_SPORTS, "传承衡阳剪纸技艺，开展非遗进校园活动",
						List.of(id("wu.min"), id("zheng.hao"), id("zhou.jie"), id("sun.li")), instructor));
		this.clubs.answer(this.accounts.actingAs("hnit.hum.admin"), paperCut.getId(), true);

		Club makers = this.clubs.apply(this.accounts.actingAs("zheng.hao"),
				application(hnit, "创客工坊", ClubCategory.INNOVATION, "动手制作，参加创新创业竞赛",
						List.of(id("zhao.lei"), id("wu.min"), id("feng.xue"), id("zhou.jie")), instructor));
		this.clubs.review(federation, makers.getId(), ReviewDecision.RETURN, "请补充活动场地与安全管理办法");
	}

	/**
	 * The reading club's reading month (读书月): an activity for members with shifts, two
	 * members' verified hours, one coming open to everyone; last year's annual review
	 * approved and this year's waiting; the rating shows on its page.
	 */
	private void readingMonth(CurrentUser federation, CurrentUser president, Club reading, int year) {
		LocalDate today = LocalDate.now(this.clock);
		ZoneId zone = this.clock.getZone();
		Project month = this.activities.create(president, reading.getId(), new ClubActivities.ActivityRequest(
				"读书月·共读《乡土中国》", "每周一次共读与讨论，月末分享读书笔记", "图书馆三楼研讨室", today.minusDays(14), today.plusDays(14), true));
		for (int week = 1; week <= 2; week++) {
			ZonedDateTime start = today.plusDays(week * 7L - 5).atTime(19, 0).atZone(zone);
			Shift shift = this.signups.addShift(president, month.getId(), new ShiftRequest("共读第" + (week + 2) + "周",
					start.toOffsetDateTime(), start.plusHours(2).toOffsetDateTime(), 20, "图书馆三楼研讨室", null, null));
			for (String member : List.of("zhao.lei", "sun.li")) {
				this.signups.signUp(this.accounts.actingAs(member), shift.getId());
			}
		}
		// the first two weeks' meetings, checked out and verified by the president
		for (String member : List.of("zhao.lei", "sun.li", "zhou.jie")) {
			for (int week = 2; week >= 1; week--) {
				HoursEntry entry = this.hours.recordAttendance(this.accounts.actingAs(member).id(), month.getId(), null,
						today.minusWeeks(week), new BigDecimal("2"), "demo");
				this.hours.verify(president, entry.getId());
			}
		}
		Project lecture = this.activities.create(president, reading.getId(), new ClubActivities.ActivityRequest(
				"读书月·作家进校园讲座", "邀请本地作家分享创作经历，面向全校同学", "图书馆报告厅", today.plusDays(10), today.plusDays(10), false));
		ZonedDateTime start = today.plusDays(10).atTime(14, 30).atZone(zone);
		this.signups.addShift(president, lecture.getId(), new ShiftRequest("讲座现场志愿者", start.toOffsetDateTime(),
				start.plusHours(3).toOffsetDateTime(), 8, "图书馆报告厅", null, null));
		AnnualReview last = this.standings.file(president, reading.getId(), year - 1,
				"全年举办读书分享会 12 场，参与 260 人次；与社区合作开展亲子阅读 4 次。");
		this.standings.decide(federation, last.getId(), true, "材料完整，通过");
		this.standings.file(president, reading.getId(), year, "读书月进行中：共读《乡土中国》，作家进校园讲座筹备中；发展基金已使用 860.50 元。");
	}

	private ClubApplication application(Organisation university, String name, ClubCategory category, String purpose,
			List<String> founders, String instructor) {
		return new ClubApplication(university.getId().toString(), name, category, purpose,
				new Charter(name + "是湖南工学院学生自愿组成的非营利性学生社团", purpose, "会员有参加活动、选举与被选举、提出建议的权利，有遵守章程、按时参加活动的义务",
						"社长、副社长由会员大会直接选举产生，任期一年；经三分之二以上会员同意可罢免", "经费来源于学校发展基金和社会资助，专款专用，每学期向会员公开",
						"经会员大会决议并报社联审核、校团委批准后终止，剩余财产交社联统一管理"),
				founders, List.of(instructor));
	}

	private String id(String username) {
		return this.accounts.findByUsername(username).map(Account::getId).orElseThrow().toString();
	}

	private void account(CurrentUser admin, String username, String name, Role role, Organisation organisation,
			String studentNumber) {
		this.accounts.create(admin,
				new NewAccount(username, DemoData.PASSWORD, name, role, organisation.getId().toString(), studentNumber,
						role == Role.STUDENT ? "汉语言文学" : null, List.of(), null,
						username + "@" + DemoData.EMAIL_DOMAIN));
	}

}
