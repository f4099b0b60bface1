package org.practica.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.NewAccount;
import org.practica.directory.NewOrganisation;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.need.Need;
import org.practica.need.NeedRequest;
import org.practica.need.Needs;
import org.practica.offer.Offer;
import org.practica.offer.OfferRequest;
import org.practica.offer.Offers;
import org.practica.partnership.Agreement;
import org.practica.partnership.AgreementKind;
import org.practica.partnership.AgreementRequest;
import org.practica.partnership.Agreements;
import org.practica.partnership.PracticeBaseRequest;
import org.practica.hours.Hours;
import org.practica.hours.HoursEntry;
import org.practica.project.Projects;
import org.practica.signup.Shift;
import org.practica.signup.ShiftRequest;
import org.practica.signup.Signups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seeds' story: Liaoning Institute of Science and Technology with Mingshan District
 * (Benxi), Hunan Institute of Technology with Zhuhui District (Hengyang) and its
 * Qingquanshan community, Qingdao Vocational and Technical College with streets of the
 * West Coast New Area. Every demo account signs in with {@link #PASSWORD} and has the
 * email address {@code username@demo.practica.test}.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("practica.demo")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "practica-demo";

	/**
	 * Every demo account has an address here, so that a password reset can be tried: a
	 * domain reserved for testing (RFC 2606), whose mail reaches nobody.
	 */
	static final String EMAIL_DOMAIN = "demo.practica.test";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Organisations organisations;

	private final Accounts accounts;

	private final Needs needs;

	private final Offers offers;

	private final Projects projects;

	private final Signups signups;

	private final Hours hours;

	private final Agreements agreements;

	private final Clock clock;

	private final OutcomeDemo outcomeDemo;

	private final EvaluationDemo evaluationDemo;

	private final AwardDemo awards;

	private final SelectionDemo selectionDemo;

	private final ClubDemo clubDemo;

	private final RecordDemo recordDemo;

	private final RoundDemo roundDemo;

	private final OnestopDemo onestopDemo;

	private final ElectionDemo electionDemo;

	private final Map<String, Organisation> orgs = new HashMap<>();

	DemoData(Organisations organisations, Accounts accounts, Needs needs, Offers offers, Projects projects,
			Signups signups, Hours hours, Agreements agreements, Clock clock, OutcomeDemo outcomeDemo,
			EvaluationDemo evaluationDemo, AwardDemo awards, SelectionDemo selectionDemo, ClubDemo clubDemo,
			RecordDemo recordDemo, RoundDemo roundDemo, OnestopDemo onestopDemo, ElectionDemo electionDemo) {
		this.electionDemo = electionDemo;
		this.recordDemo = recordDemo;
		this.roundDemo = roundDemo;
		this.outcomeDemo = outcomeDemo;
		this.evaluationDemo = evaluationDemo;
		this.awards = awards;
		this.selectionDemo = selectionDemo;
		this.clubDemo = clubDemo;
		this.onestopDemo = onestopDemo;
		this.agreements = agreements;
		this.signups = signups;
		this.hours = hours;
		this.organisations = organisations;
		this.accounts = accounts;
		this.needs = needs;
		this.offers = offers;
		this.projects = projects;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.organisations.search(null, null, null, PageRequest.of(0, 1)).getTotalElements() > 0) {
			return;
		}
		CurrentUser admin = this.accounts.actingAs("admin");
		LocalDate today = LocalDate.now(this.clock);

		org(admin, "lnist", "辽宁科技学院", OrganisationKind.UNIVERSITY, null, "辽宁省本溪市高新技术产业开发区香槐路176号", 41.2489, 123.7812);
		org(admin, "lnist.art", "艺术与传媒学院", OrganisationKind.COLLEGE, "lnist", null, null, null);
		org(admin, "lnist.it", "电子与信息工程学院", OrganisationKind.COLLEGE, "lnist", null, null, null);
		org(admin, "lnist.paint", "“彩绘明山”墙绘志愿服务队", OrganisationKind.TEAM, "lnist.art", null, null, null);
		org(admin, "lnist.video", "青春影像实践团", OrganisationKind.TEAM, "lnist.art", null, null, null);
		org(admin, "lnist.digital", "数字助老服务队", OrganisationKind.TEAM, "lnist.it", null, null, null);

		org(admin, "hnit", "湖南工学院", OrganisationKind.UNIVERSITY, null, "湖南省衡阳市珠晖区衡花路18号", 26.8968, 112.6484);
		org(admin, "hnit.hum", "人文与艺术学院", OrganisationKind.COLLEGE, "hnit", null, null, null);
		org(admin, "hnit.law", "法学与公共管理系", OrganisationKind.COLLEGE, "hnit", null, null, null);
		org(admin, "hnit.tutor", "“萤火”学业辅导志愿队", OrganisationKind.TEAM, "hnit.hum", null, null, null);
		org(admin, "hnit.legal", "“法治先锋”普法实践团", OrganisationKind.TEAM, "hnit.law", null, null, null);

		org(admin, "qvtc", "青岛职业技术学院", OrganisationKind.UNIVERSITY, null, "山东省青岛市黄岛区灵山湾路1号", 35.8747, 120.0476);
		org(admin, "qvtc.nurse", "护理学院", OrganisationKind.COLLEGE, "qvtc", null, null, null);
		org(admin, "qvtc.care", "“银龄守护”护理健康服务队", OrganisationKind.TEAM, "qvtc.nurse", null, null, null);

		org(admin, "mingshan", "本溪市明山区", OrganisationKind.DISTRICT, null, "辽宁省本溪市明山区", 41.3021, 123.8175);
		org(admin, "mingshan.gaoyu", "高峪街道", OrganisationKind.STREET, "mingshan", null, 41.3050, 123.8290);
		org(admin, "mingshan.gaoyu.c1", "高峪社区", OrganisationKind.COMMUNITY, "mingshan.gaoyu", "明山区高峪街道高峪社区", 41.3061,
				123.8302);
		org(admin, "mingshan.niuxintai", "牛心台街道", OrganisationKind.STREET, "mingshan", null, 41.3290, 123.9050);
		org(admin, "mingshan.niuxintai.c1", "牛心台社区", OrganisationKind.COMMUNITY, "mingshan.niuxintai", "明山区牛心台街道牛心台社区",
				41.3301, 123.9066);

		org(admin, "zhuhui", "衡阳市珠晖区", OrganisationKind.DISTRICT, null, "湖南省衡阳市珠晖区", 26.8940, 112.6260);
		org(admin, "zhuhui.dongfeng", "东风街道", OrganisationKind.STREET, "zhuhui", null, 26.8990, 112.6300);
		org(admin, "zhuhui.qingquanshan", "清泉山社区", OrganisationKind.COMMUNITY, "zhuhui.dongfeng", "珠晖区东风街道清泉山社区",
				26.9012, 112.6355);
		org(admin, "zhuhui.hengfeng", "衡峰社区", OrganisationKind.COMMUNITY, "zhuhui.dongfeng", "珠晖区东风街道衡峰社区", 26.8921,
				112.6402);

		org(admin, "xihaian", "青岛西海岸新区", OrganisationKind.DISTRICT, null, "山东省青岛市黄岛区", 35.9606, 120.1986);
		org(admin, "xihaian.lingshanwei", "灵山卫街道", OrganisationKind.STREET, "xihaian", null, 35.8890, 120.0750);
		org(admin, "xihaian.lingshanwei.c1", "灵山卫社区", OrganisationKind.COMMUNITY, "xihaian.lingshanwei",
				"西海岸新区灵山卫街道灵山卫社区", 35.8902, 120.0771);
		org(admin, "xihaian.xuejiadao", "薛家岛街道", OrganisationKind.STREET, "xihaian", null, 36.0030, 120.2450);
		org(admin, "xihaian.xuejiadao.c1", "渔鸣嘴社区", OrganisationKind.COMMUNITY, "xihaian.xuejiadao", "西海岸新区薛家岛街道渔鸣嘴社区",
				36.0101, 120.2612);

		account(admin, "lnist.admin", "辽宁科技学院校团委", Role.UNIVERSITY_ADMIN, "lnist", null);
		account(admin, "hnit.admin", "湖南工学院校团委", Role.UNIVERSITY_ADMIN, "hnit", null);
		account(admin, "qvtc.admin", "青岛职院校团委", Role.UNIVERSITY_ADMIN, "qvtc", null);
		account(admin, "mingshan.admin", "明山区团委", Role.DISTRICT_ADMIN, "mingshan", null);
		account(admin, "zhuhui.admin", "珠晖区团委", Role.DISTRICT_ADMIN, "zhuhui", null);
		account(admin, "xihaian.admin", "西海岸新区团工委", Role.DISTRICT_ADMIN, "xihaian", null);
		account(admin, "hnit.hum.admin", "人文与艺术学院团总支", Role.COLLEGE_ADMIN, "hnit.hum", null);
		account(admin, "dongfeng.admin", "东风街道团工委", Role.STREET_ADMIN, "zhuhui.dongfeng", null);
		account(admin, "gaoyu", "高峪社区 王主任", Role.COMMUNITY_ADMIN, "mingshan.gaoyu.c1", null);
		account(admin, "niuxintai", "牛心台社区 李书记", Role.COMMUNITY_ADMIN, "mingshan.niuxintai.c1", null);
		account(admin, "qingquanshan", "清泉山社区 周主任", Role.COMMUNITY_ADMIN, "zhuhui.qingquanshan", null);
		account(admin, "hengfeng", "衡峰社区 陈主任", Role.COMMUNITY_ADMIN, "zhuhui.hengfeng", null);
		account(admin, "lingshanwei", "灵山卫社区 孙主任", Role.COMMUNITY_ADMIN, "xihaian.lingshanwei.c1", null);
		account(admin, "yumingzui", "渔鸣嘴社区 刘书记", Role.COMMUNITY_ADMIN, "xihaian.xuejiadao.c1", null);
		account(admin, "painter", "墙绘队 赵队长", Role.TEAM_LEADER, "lnist.paint", null);
		account(admin, "video", "影像团 钱队长", Role.TEAM_LEADER, "lnist.video", null);
		account(admin, "digital", "数字助老队 孙队长", Role.TEAM_LEADER, "lnist.digital", null);
		account(admin, "tutor", "萤火队 李队长", Role.TEAM_LEADER, "hnit.tutor", null);
		account(admin, "legal", "普法团 周队长", Role.TEAM_LEADER, "hnit.legal", null);
		account(admin, "nurse", "银龄守护队 吴队长", Role.TEAM_LEADER, "qvtc.care", null);
		account(admin, "zhang.wei", "张伟", Role.STUDENT, "lnist.art",
				new Profile("2023010101", "视觉传达设计", "绘画, 墙绘, 海报设计"));
		account(admin, "li.na", "李娜", Role.STUDENT, "lnist.art",
				new Profile("2023010102", "数字媒体艺术", "视频剪辑, 摄影, 新媒体运营"));
		account(admin, "wang.fang", "王芳", Role.STUDENT, "hnit.hum", new Profile("2022030201", "汉语言文学", "学业辅导, 阅读推广"));
		account(admin, "liu.yang", "刘洋", Role.STUDENT, "hnit.law", new Profile("2022040105", "法学", "普法宣传, 法律咨询"));
		account(admin, "chen.jing", "陈静", Role.STUDENT, "qvtc.nurse", new Profile("2024020311", "护理", "护理, 健康宣教, 急救"));

		CurrentUser gaoyu = this.accounts.actingAs("gaoyu");
		CurrentUser niuxintai = this.accounts.actingAs("niuxintai");
		CurrentUser qingquanshan = this.accounts.actingAs("qingquanshan");
		CurrentUser hengfeng = this.accounts.actingAs("hengfeng");
		CurrentUser lingshanwei = this.accounts.actingAs("lingshanwei");
		CurrentUser yumingzui = this.accounts.actingAs("yumingzui");
		Need wall = need(gaoyu, "mingshan.gaoyu.c1", "老旧小区文化墙彩绘", "为高峪社区三处老旧楼院外墙绘制“孝老爱亲”主题文化墙，需要有绘画基础的同学。",
				"WALL_PAINTING", "绘画, 墙绘", today.plusDays(20), today.plusDays(40), 8, true);
		Need publicity = need(gaoyu, "mingshan.gaoyu.c1", "社区短视频宣传片拍摄", "拍摄并剪辑一部三分钟的社区宣传短视频，展示社区志愿服务风采。", "PUBLICITY",
				"视频剪辑, 摄影", today.plusDays(10), today.plusDays(30), 3, true);
		need(niuxintai, "mingshan.niuxintai.c1", "老年人智能手机使用培训", "每周两次教社区老年人使用智能手机：扫码、视频通话、防诈骗。", "DIGITAL_SKILLS",
				"计算机, 耐心沟通", today.plusDays(7), today.plusDays(60), 6, true);
		Need tutoring = need(qingquanshan, "zhuhui.qingquanshan", "留守儿童暑期课业辅导", "为社区留守儿童提供语文、数学课业辅导与阅读陪伴。",
				"ACADEMIC_SUPPORT", "学业辅导, 阅读推广", today.minusDays(35), today.plusDays(45), 10, true);
		Need lecture = need(qingquanshan, "zhuhui.qingquanshan", "社区居民法律知识讲座", "围绕婚姻家庭、劳动合同、反诈骗开展三场普法讲座。", "LEGAL_AID",
				"普法宣传, 法律咨询", today.plusDays(25), today.plusDays(35), 4, true);
		Need survey = need(qingquanshan, "zhuhui.qingquanshan", "社区治理问卷调研", "走访 300 户居民，了解对社区公共服务的满意度并形成调研报告。",
				"SOCIAL_RESEARCH", "社会调研, 数据分析", today.plusDays(30), today.plusDays(50), 6, true);
		Need counselling = need(hengfeng, "zhuhui.hengfeng", "青少年心理健康团体辅导", "面向初中生开展四次心理健康团体辅导活动。", "MENTAL_HEALTH",
				"心理辅导", today.plusDays(12), today.plusDays(40), 4, true);
		Need history = need(hengfeng, "zhuhui.hengfeng", "党史学习教育宣讲", "面向社区党员和居民开展党史学习教育微宣讲。", "THEORY_PREACHING",
				"宣讲, 党史", today.plusDays(8), today.plusDays(20), 3, true);
		need(lingshanwei, "xihaian.lingshanwei.c1", "独居老人健康监测与陪伴", "每周上门为独居老人测量血压、血糖，开展健康宣教与陪伴聊天。", "ELDERLY_CARE",
				"护理, 健康宣教", today.plusDays(5), today.plusDays(90), 8, true);
		Need firstAid = need(lingshanwei, "xihaian.lingshanwei.c1", "社区急救知识普及", "开展心肺复苏与海姆立克急救法培训。", "SAFETY_EDUCATION",
				"急救, 健康宣教", today.plusDays(14), today.plusDays(21), 4, true);
		need(yumingzui, "xihaian.xuejiadao.c1", "渔村特产直播带货", "帮助渔民通过短视频和直播销售海产品，培训村民运营网店。", "RURAL_ECOMMERCE",
				"新媒体运营, 视频剪辑", today.plusDays(20), today.plusDays(60), 5, true);
		need(lingshanwei, "xihaian.lingshanwei.c1", "社区待业青年就业指导", "为社区待业青年开展简历指导、模拟面试和就业政策宣讲。", "EMPLOYMENT_GUIDANCE",
				"就业指导", today.plusDays(18), today.plusDays(48), 3, true);
		Need readingCorner = need(gaoyu, "mingshan.gaoyu.c1", "社区图书角整理与阅读陪伴", "整理社区图书角的两千册图书，周末陪小朋友读绘本。",
				"AFTER_SCHOOL_CARE", "阅读推广, 耐心沟通", today.plusDays(2), today.plusDays(40), 10, true);
		need(yumingzui, "xihaian.xuejiadao.c1", "大学生返乡创业分享会", "邀请大学生团队分享创业经验，帮助社区青年就业创业。", "STARTUP_MENTORING",
				"创业, 演讲", today.plusDays(40), today.plusDays(41), 3, false);

		CurrentUser painter = this.accounts.actingAs("painter");
		CurrentUser video = this.accounts.actingAs("video");
		CurrentUser digital = this.accounts.actingAs("digital");
		CurrentUser tutor = this.accounts.actingAs("tutor");
		CurrentUser legal = this.accounts.actingAs("legal");
		CurrentUser nurse = this.accounts.actingAs("nurse");
		Offer paint = offer(painter, "lnist.paint", "墙绘美化社区", "由视觉传达专业学生组成，可承接文化墙、楼道彩绘与宣传海报设计。",
				List.of("WALL_PAINTING", "PUBLICITY"), "绘画, 墙绘, 海报设计", 12, today, today.plusDays(90), 30);
		Offer filming = offer(video, "lnist.video", "社区影像记录与宣传", "拍摄剪辑社区宣传片、活动纪录短视频，运营社区新媒体账号。",
				List.of("PUBLICITY", "RURAL_ECOMMERCE"), "视频剪辑, 摄影, 新媒体运营", 6, today, today.plusDays(60), 50);
		offer(digital, "lnist.digital", "数字助老课堂", "教老年人使用智能手机与常用 App，识别网络诈骗。",
				List.of("DIGITAL_SKILLS", "ELDERLY_CARE"), "计算机, 耐心沟通, 防诈骗", 8, today, today.plusDays(120), 25);
		Offer tutorOffer = offer(tutor, "hnit.tutor", "“萤火”课业辅导", "师范与文学专业学生为中小学生提供课业辅导和阅读陪伴。",
				List.of("ACADEMIC_SUPPORT", "CHILD_CARE"), "学业辅导, 阅读推广", 15, today, today.plusDays(75), 20);
		Offer law = offer(legal, "hnit.legal", "普法进社区", "法学专业学生开展普法讲座、法律咨询与反诈宣传。",
				List.of("LEGAL_AID", "GRASSROOTS_GOVERNANCE"), "普法宣传, 法律咨询", 6, today, today.plusDays(90), 20);
		offer(nurse, "qvtc.care", "银龄健康守护", "护理专业学生上门开展健康监测、健康宣教和急救培训。",
				List.of("ELDERLY_CARE", "HEALTH_SERVICE", "SAFETY_EDUCATION"), "护理, 健康宣教, 急救", 10, today,
				today.plusDays(120), 30);
		Offer growth = offer(tutor, "hnit.tutor", "中学生心理成长陪伴", "心理学辅修学生开展团体辅导与一对一陪伴（在专业老师督导下）。",
				List.of("MENTAL_HEALTH"), "心理辅导, 学业辅导", 6, today, today.plusDays(90), 20);
		Offer research = offer(legal, "hnit.legal", "社区治理问卷调研", "设计问卷、入户走访并撰写调研报告，为社区治理提供数据。",
				List.of("SOCIAL_RESEARCH", "COMMUNITY_GOVERNANCE"), "社会调研, 数据分析", 8, today, today.plusDays(90), 20);
		offer(legal, "hnit.legal", "青年就业指导与简历门诊", "为社区待业青年提供简历修改、模拟面试与就业政策讲解。", List.of("EMPLOYMENT_GUIDANCE"),
				"就业指导, 写作", 5, today, today.plusDays(120), 20);
		offer(video, "lnist.video", "党史故事微宣讲", "以短视频和微宣讲的形式讲述党史故事。", List.of("THEORY_PREACHING", "PUBLICITY"),
				"宣讲, 党史, 视频剪辑", 4, today, today.plusDays(60), 50);
		offer(digital, "lnist.digital", "大学生创业经验分享", "创业团队成员分享创业经历，辅导社区青年做创业计划。", List.of("STARTUP_MENTORING"),
				"创业, 演讲", 4, today, today.plusDays(120), 400);
		offer(nurse, "qvtc.care", "渔村电商直播助农", "护理学院学生会新媒体部协助渔民开设网店、直播销售海产品。", List.of("RURAL_ECOMMERCE"), "新媒体运营, 视频剪辑",
				5, today, today.plusDays(60), 30);

		this.projects.markInterest(qingquanshan, tutoring.getId(), tutorOffer.getId());
		Long tutoringProject = this.projects.markInterest(tutor, tutoring.getId(), tutorOffer.getId()).getProjectId();
		practice(tutor, qingquanshan, tutoringProject, today);
		toLookAtTwice(tutoringProject, today);
		this.projects.markInterest(painter, wall.getId(), paint.getId());
		fair(gaoyu, qingquanshan, hengfeng, legal, publicity, filming, law, growth, research, lecture, survey,
				counselling);
		recruiting(gaoyu, readingCorner, today, 41.3061, 123.8302, "高峪社区党群服务中心图书角", "li.na");
		recruiting(hengfeng, history, today, 26.8921, 112.6402, "衡峰社区新时代文明实践站", "liu.yang");
		recruiting(lingshanwei, firstAid, today, 35.8902, 120.0771, "灵山卫社区卫生服务站", null);
		partnerships(tutoringProject);
		this.outcomeDemo.load(tutoringProject);
		this.evaluationDemo.load(this.orgs, today);
		this.awards.load(this.orgs, today);
		this.selectionDemo.load();
		this.clubDemo.load(admin, this.orgs.get("hnit"), this.orgs.get("hnit.hum"), this.orgs.get("hnit.law"));
		this.recordDemo.load(this.orgs, today);
		this.roundDemo.load(this.orgs.get("zhuhui"));
		this.onestopDemo.load(admin, this.orgs.get("hnit"), this.orgs.get("hnit.hum"));
		this.electionDemo.load(this.orgs.get("hnit"));
		log.info("Demo data loaded: sign in as gaoyu, painter, qingquanshan, tutor, zhang.wei … with password '{}'",
				PASSWORD);
	}

	/**
	 * Hunan Institute of Technology and Zhuhui District in force, with the tutoring
	 * project under it and a practice base; Liaoning's agreement with Mingshan ends soon.
	 */
	private void partnerships(Long tutoringProject) {
		LocalDate today = this.agreements.today();
		CurrentUser hnit = this.accounts.actingAs("hnit.admin");
		Agreement zhuhui = this.agreements.create(hnit, new AgreementRequest(AgreementKind.PRACTICE_BASE, id("hnit"),
				id("zhuhui"), "湖南工学院—珠晖区校地共建实践基地协议", today.minusMonths(6), today.plusYears(2)));
		// in force once each party's admin has signed
		this.agreements.sign(hnit, zhuhui.getId(), today.minusMonths(6).plusDays(1), List.of("湖南工学院校团委书记"));
		this.agreements.sign(this.accounts.actingAs("zhuhui.admin"), zhuhui.getId(), today.minusMonths(6).plusDays(3),
				List.of("珠晖区团委书记"));
		this.agreements.link(hnit, tutoringProject, zhuhui.getId().toString());
		this.agreements.openBase(hnit, new PracticeBaseRequest(zhuhui.getId().toString(), "清泉山社区实践基地",
				"珠晖区东风街道清泉山社区党群服务中心", 26.9012, 112.6355, 20, "清泉山社区 王主任"));
		Agreement college = this.agreements.create(hnit,
				new AgreementRequest(AgreementKind.COMMUNITY_COLLEGE, id("hnit.hum"), id("zhuhui.dongfeng"),
						"人文与艺术学院—东风街道社区学院共建协议", today.minusYears(1).plusDays(30), today.plusDays(30)));
		this.agreements.sign(hnit, college.getId(), today.minusYears(1).plusDays(30), List.of("人文与艺术学院团总支书记"));
		this.agreements.sign(this.accounts.actingAs("dongfeng.admin"), college.getId(),
				today.minusYears(1).plusDays(30), List.of("东风街道团工委书记"));
		// signed by the university side only: awaiting the district's signature
		Agreement awaiting = this.agreements.create(hnit, new AgreementRequest(AgreementKind.COMMUNITY_PRACTICE,
				id("hnit"), id("zhuhui"), "湖南工学院—珠晖区暑期社会实践协议", today, today.plusYears(1)));
		this.agreements.sign(hnit, awaiting.getId(), today, List.of("湖南工学院校团委书记"));
		CurrentUser lnist = this.accounts.actingAs("lnist.admin");
		Agreement mingshan = this.agreements.create(lnist, new AgreementRequest(AgreementKind.COMMUNITY_PRACTICE,
				id("lnist"), id("mingshan"), "辽宁科技学院—明山区社区实践共建协议", today.minusYears(1), today.plusDays(45)));
		this.agreements.sign(lnist, mingshan.getId(), today.minusYears(1), List.of("辽宁科技学院校团委书记"));
		this.agreements.sign(this.accounts.actingAs("mingshan.admin"), mingshan.getId(), today.minusYears(1),
				List.of("明山区团委书记"));
	}

	/**
	 * The selection fair under way: communities' interest in teams' offers that the teams
	 * have still to answer, and a lecture both sides agreed on, a project with no shift
	 * yet.
	 */
	private void fair(CurrentUser gaoyu, CurrentUser qingquanshan, CurrentUser hengfeng, CurrentUser legal,
			Need publicity, Offer filming, Offer law, Offer growth, Offer research, Need lecture, Need survey,
			Need counselling) {
		this.projects.markInterest(gaoyu, publicity.getId(), filming.getId());
		this.projects.markInterest(hengfeng, counselling.getId(), growth.getId());
		this.projects.markInterest(qingquanshan, survey.getId(), research.getId());
		this.projects.markInterest(qingquanshan, lecture.getId(), law.getId());
		this.projects.markInterest(legal, lecture.getId(), law.getId());
	}

	/**
	 * A need whose community recruits individual students, with shifts over its dates
	 * near the campus of the students around it; the last shift has one seat, which the
	 * given student (if any) takes, so that it offers the others only the waitlist.
	 */
	private void recruiting(CurrentUser community, Need need, LocalDate today, double latitude, double longitude,
			String address, String taker) {
		Long project = this.projects.recruit(community, need.getId()).getId();
		java.time.ZoneId zone = this.clock.getZone();
		LocalDate first = need.getStartDate().isAfter(today) ? need.getStartDate() : today.plusDays(1);
		long span = java.time.temporal.ChronoUnit.DAYS.between(first, need.getEndDate());
		int shifts = 6;
		for (int i = 0; i < shifts; i++) {
			LocalDate day = first.plusDays(span * i / (shifts - 1));
			java.time.ZonedDateTime start = day.atTime(i % 2 == 0 ? 9 : 14, 0).atZone(zone);
			Shift shift = this.signups
				.addShift(community, project,
						new ShiftRequest(
								need.getTitle().substring(0, Math.min(6, need.getTitle().length())) + "（第" + (i + 1)
										+ "场）",
								start.toOffsetDateTime(), start.plusHours(3).toOffsetDateTime(),
								i == shifts - 1 ? 1 : 6, address, latitude, longitude));
			if (i == shifts - 1 && taker != null) {
				this.signups.signUp(this.accounts.actingAs(taker), shift.getId());
			}
		}
	}

	private String id(String key) {
		return this.orgs.get(key).getId().toString();
	}

	/**
	 * The tutoring project under way: shifts in the coming days with students signed up,
	 * and hours served last month, verified, ready for a certificate.
	 */
	private void practice(CurrentUser leader, CurrentUser community, Long projectId, LocalDate today) {
		Organisation team = this.orgs.get("hnit.tutor");
		for (String username : List.of("wang.fang", "liu.yang")) {
			this.accounts.addMember(leader, team.getId(), this.accounts.actingAs(username).id());
		}
		java.time.ZoneId zone = this.clock.getZone();
		// under way today: started an hour ago (or at midnight), so check-in is open
		java.time.ZonedDateTime now = java.time.ZonedDateTime.now(this.clock)
			.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		java.time.ZonedDateTime started = now.minusHours(1).isBefore(today.atStartOfDay(zone))
				? today.atStartOfDay(zone) : now.minusHours(1);
		Shift underWay = this.signups.addShift(leader, projectId, new ShiftRequest("课后辅导（今日）",
				started.toOffsetDateTime(), now.plusHours(3).toOffsetDateTime(), 6, "清泉山社区党群服务中心二楼", null, null));
		for (String username : List.of("wang.fang", "liu.yang")) {
			this.signups.signUp(this.accounts.actingAs(username), underWay.getId());
		}
		for (int day = 1; day <= 7; day += 3) {
			java.time.ZonedDateTime start = today.plusDays(day).atTime(15, 0).atZone(zone);
			Shift shift = this.signups.addShift(leader, projectId, new ShiftRequest("课后辅导（第" + (day / 3 + 1) + "次）",
					start.toOffsetDateTime(), start.plusHours(2).toOffsetDateTime(), 6, "清泉山社区党群服务中心二楼", null, null));
			this.signups.signUp(this.accounts.actingAs("wang.fang"), shift.getId());
			if (day == 1) {
				this.signups.signUp(this.accounts.actingAs("liu.yang"), shift.getId());
			}
		}
		CurrentUser student = this.accounts.actingAs("wang.fang");
		for (int week = 4; week >= 2; week--) {
			HoursEntry entry = this.hours.recordAttendance(student.id(), projectId, null, today.minusWeeks(week),
					new java.math.BigDecimal("2.5"), "demo");
			this.hours.verify(community, entry.getId());
		}
		this.hours.recordAttendance(student.id(), projectId, null, today.minusDays(3), new java.math.BigDecimal("2"),
				"demo");
		// liu.yang's back-fills: one the community has still to verify, one it has
		// verified, waiting for the university's approval
		CurrentUser liu = this.accounts.actingAs("liu.yang");
		this.hours.backfill(liu, projectId, today.minusDays(10), new java.math.BigDecimal("3"), "签到时手机没电，未能扫码签到。",
				DemoFile.note());
		HoursEntry approved = this.hours.backfill(liu, projectId, today.minusDays(17), new java.math.BigDecimal("2"),
				"活动临时改到社区广场，未能扫码签到。", DemoFile.note());
		this.hours.verify(community, approved.getId());
	}

	/**
	 * Two entries the community's verification queue flags: a check-out that recorded 0
	 * hours (the student checked in after the shift ended), and a back-fill of 24 hours
	 * for one day.
	 */
	private void toLookAtTwice(Long projectId, LocalDate today) {
		this.hours.recordAttendance(this.accounts.actingAs("liu.yang").id(), projectId, null, today.minusDays(2),
				java.math.BigDecimal.ZERO, "demo");
		byte[] scan = "%PDF-1.4\n% 社区运动会签到表\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		this.hours.backfill(this.accounts.actingAs("liu.yang"), projectId, today.minusDays(10),
				new java.math.BigDecimal("24"), "社区运动会全天志愿服务，当天未能扫码签到。", DemoFile.pdf("签到表.pdf", scan));
	}

	private void org(CurrentUser admin, String key, String name, OrganisationKind kind, String parent, String address,
			Double latitude, Double longitude) {
		String parentId = parent == null ? null : this.orgs.get(parent).getId().toString();
		this.orgs.put(key, this.organisations.create(admin,
				new NewOrganisation(name, kind, parentId, address, latitude, longitude)));
	}

	private void account(CurrentUser admin, String username, String name, Role role, String org, Profile profile) {
		this.accounts.create(admin,
				new NewAccount(username, PASSWORD, name, role, this.orgs.get(org).getId().toString(),
						profile == null ? null : profile.number(), profile == null ? null : profile.major(),
						profile == null ? List.of() : List.of(profile.skills()), null, username + "@" + EMAIL_DOMAIN));
	}

	private Need need(CurrentUser by, String community, String title, String description, String direction,
			String skills, LocalDate from, LocalDate to, int headcount, boolean publish) {
		Need need = this.needs.create(by, new NeedRequest(this.orgs.get(community).getId().toString(), title,
				description, direction, List.of(skills), null, null, null, from, to, headcount));
		return publish ? this.needs.publish(by, need.getId()) : need;
	}

	private Offer offer(CurrentUser by, String team, String title, String description, List<String> directions,
			String skills, int capacity, LocalDate from, LocalDate to, double radiusKm) {
		Offer offer = this.offers.create(by, new OfferRequest(this.orgs.get(team).getId().toString(), title,
				description, directions, List.of(skills), capacity, from, to, null, null, radiusKm));
		return this.offers.publish(by, offer.getId());
	}

	record Profile(String number, String major, String skills) {
	}

}
