package org.practica.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.selection.CaseRequest;
import org.practica.selection.SelectionCase;
import org.practica.selection.SelectionRequest;
import org.practica.selection.SelectionRequest.CriterionRequest;
import org.practica.selection.Selections;
import org.practica.selection.Unit;
import org.springframework.stereotype.Component;

/**
 * The demo's case selection: Hunan Institute of Technology's one-stop student community
 * selection with twelve cases in the four units from universities and districts, seven
 * judges (one lenient, one who gives every case the same total), assigned, scored, closed
 * and eight cases published to the library; and next year's selection, open for cases.
 */
@Component
class SelectionDemo {

	private final Selections selections;

	private final Accounts accounts;

	private final Clock clock;

	SelectionDemo(Selections selections, Accounts accounts, Clock clock) {
		this.selections = selections;
		this.accounts = accounts;
		this.clock = clock;
	}

	private record DemoCase(String admin, Unit unit, String title, String summary, String body, double quality) {
	}

	void load() {
		CurrentUser hnit = this.accounts.actingAs("hnit.admin");
		List<CriterionRequest> rubric = List.of(new CriterionRequest("impact", "育人成效", new BigDecimal("0.4"), 10),
				new CriterionRequest("practice", "工作机制", new BigDecimal("0.3"), 10),
				new CriterionRequest("innovation", "创新特色", new BigDecimal("0.2"), 10),
				new CriterionRequest("spread", "推广价值", new BigDecimal("0.1"), 10));
		List<String> units = List.of(Unit.values()).stream().map(Unit::name).toList();
		Instant closes = this.clock.instant().plusSeconds(3600);
		var selection = this.selections.open(hnit,
				new SelectionRequest(hnit.organisationId().toString(), "2026年“一站式”学生社区综合管理模式建设优秀案例", units, rubric, 3,
						OffsetDateTime.ofInstant(closes, this.clock.getZone())));
		Map<SelectionCase, Double> quality = new LinkedHashMap<>();
		for (DemoCase c : cases()) {
			CurrentUser admin = this.accounts.actingAs(c.admin());
			SelectionCase found = this.selections.submit(admin, selection.getId(), new CaseRequest(c.unit().name(),
					c.title(), c.summary(), c.body(), admin.organisationId().toString()));
			quality.put(found, c.quality());
		}
		List<String> judges = List.of("lnist.admin", "qvtc.admin", "mingshan.admin", "zhuhui.admin", "xihaian.admin",
				"hnit.hum.admin", "dongfeng.admin");
		for (String judge : judges) {
			this.selections.invite(hnit, selection.getId(), this.accounts.actingAs(judge).id().toString());
		}
		this.selections.endSubmissions(hnit, selection.getId());
		Map<Long, List<Long>> assigned = this.selections.assign(hnit, selection.getId());
		Map<Long, String> usernames = new LinkedHashMap<>();
		judges.forEach(j -> usernames.put(this.accounts.actingAs(j).id(), j));
		List<String> comments = List.of("机制完整，育人成效突出。", "特色鲜明，可在更多高校推广。", "数据翔实，建议补充长期跟踪。", "案例扎实，创新点可再提炼。");
		int n = 0;
		for (Map.Entry<SelectionCase, Double> entry : quality.entrySet()) {
			for (Long judgeId : assigned.get(entry.getKey().getId())) {
				String judge = usernames.get(judgeId);
				double level = entry.getValue() + (judge.equals("mingshan.admin") ? 1.5 : 0) + ((n * 7) % 5 - 2) * 0.3;
				Map<String, Integer> points = new LinkedHashMap<>();
				for (String code : List.of("impact", "practice", "innovation", "spread")) {
					int p = (int) Math.round(level + (code.hashCode() + n) % 3 * 0.5);
					points.put(code, judge.equals("xihaian.admin") ? 8 : Math.max(0, Math.min(10, p)));
				}
				this.selections.score(this.accounts.actingAs(judge), entry.getKey().getId(), points,
						comments.get(n % comments.size()));
				n++;
			}
		}
		Map<Unit, List<SelectionCase>> rankings = this.selections.close(hnit, selection.getId());
		List<String> chosen = new ArrayList<>();
		rankings.values().forEach(list -> list.stream().limit(2).forEach(c -> chosen.add(c.getId().toString())));
		this.selections.publish(hnit, selection.getId(), chosen);

		this.selections.open(this.accounts.actingAs("lnist.admin"),
				new SelectionRequest(this.accounts.actingAs("lnist.admin").organisationId().toString(),
						"2027年学生社区“平安社区”“智慧服务”案例征集", List.of(Unit.SAFE_COMMUNITY.name(), Unit.SMART_SERVICE.name()),
						rubric, 2, OffsetDateTime.now(this.clock).plusDays(45)));
	}

	private static List<DemoCase> cases() {
		return List.of(new DemoCase("lnist.admin", Unit.PARTY_BUILDING, "党建引领“楼栋党小组”进学生社区",
				"以楼栋为单位建立学生党小组，党员亮身份、作表率，带动学生社区自我管理。",
				"学校在12栋学生公寓建立楼栋党小组，学生党员担任楼栋长和层长，每月开展主题党日进楼栋活动。党小组牵头组织学业互助、文明寝室创建和志愿服务，党员宿舍挂牌亮身份。一年来，学生社区违纪率下降四成，参与志愿服务的学生超过三千人次。",
				8.6),
				new DemoCase("zhuhui.admin", Unit.PARTY_BUILDING, "“红色驿站”党建联建共育青年", "区团委与驻区高校共建红色驿站，社区党组织与高校学生党支部结对共建。",
						"珠晖区在清泉山、衡峰等社区设立红色驿站，与湖南工学院学生党支部开展党建联建。学生党员定期到驿站开展党史宣讲、政策解读和便民服务，社区为学生提供实践岗位。联建以来共开展活动86场，服务居民四千余人次，形成了党建带团建、校地共育青年的工作机制。",
						7.9),
				new DemoCase("qvtc.admin", Unit.PARTY_BUILDING, "学生党员亮身份 服务进宿舍", "护理学院学生党员在宿舍开设健康服务站，把党建工作延伸到学生身边。",
						"学生党员在每栋宿舍设立健康服务站，提供血压测量、急救知识普及和心理疏导。服务站与社区卫生服务中心联动，遇到问题及时转介。党员服务积分与评优挂钩，激发了党员的先锋模范作用。", 7.1),
				new DemoCase("hnit.admin", Unit.ALL_ROUND_EDUCATION, "“三全育人”导师驻楼制", "专业教师、辅导员和朋辈导师三支队伍驻楼，实现全员全过程全方位育人。",
						"学校选派专业教师担任驻楼导师，每周固定时间在学生社区开展学业指导、职业规划和谈心谈话；辅导员入住学生公寓；高年级优秀学生担任朋辈导师。三支队伍协同，形成学业、思想、生活一体化的育人网络，学生满意度达到96%。",
						8.8),
				new DemoCase("mingshan.admin", Unit.ALL_ROUND_EDUCATION, "社区课堂：大学生与社区共育少年",
						"大学生志愿者走进社区课堂，与社区共同开展青少年课后服务。",
						"明山区联合辽宁科技学院在高峪、牛心台社区开设社区课堂，大学生志愿者每周为社区青少年开展课业辅导、美育和劳动教育。社区课堂既是青少年成长的课堂，也是大学生实践育人的课堂，累计服务青少年一千二百余人次。",
						7.4),
				new DemoCase("lnist.admin", Unit.ALL_ROUND_EDUCATION, "辅导员工作室进社区的育人实践",
						"辅导员工作室在学生社区设立工作站，开展心理健康和生涯发展指导。",
						"学校六个辅导员工作室在学生社区设立工作站，开展心理健康教育、生涯发展指导和学风建设活动。工作站实行预约制，学生可在线预约一对一咨询。一学年共开展团体辅导62场，个体咨询五百余人次。",
						6.6),
				new DemoCase("qvtc.admin", Unit.SAFE_COMMUNITY, "平安社区守护行动：夜间巡逻与应急演练", "学生志愿者与社区网格员联合开展夜间巡逻、消防演练和防诈骗宣传。",
						"学生志愿者与灵山卫社区网格员组成平安守护队，每周开展夜间巡逻，每学期组织消防应急疏散演练，并在社区开展防范电信诈骗宣传。守护队建立了安全隐患上报和处置闭环，一年来排查隐患一百余处，社区安全感明显提升。",
						8.2),
				new DemoCase("xihaian.admin", Unit.SAFE_COMMUNITY, "平安社区建设中的大学生网格员", "大学生担任社区兼职网格员，参与平安社区建设和矛盾纠纷排查。",
						"西海岸新区招募驻区高校学生担任社区兼职网格员，经过培训后参与入户走访、安全巡查和矛盾纠纷排查。大学生网格员熟悉信息化工具，帮助社区完善了网格信息台账，提高了平安社区建设的精细化水平。",
						7.6),
				new DemoCase("hnit.admin", Unit.SAFE_COMMUNITY, "校园安全教育“一站式”服务", "把安全教育课程、应急演练和心理安全服务集中到学生社区一站式提供。",
						"学校在学生社区设立安全教育服务站，集中提供安全教育课程、消防和急救培训、防诈骗咨询和心理安全服务。学生完成线上安全课程并通过测试后可参加线下演练。服务站运行一年，学生安全知识测试通过率从71%提高到94%。",
						6.9),
				new DemoCase("zhuhui.admin", Unit.SMART_SERVICE, "智慧助老：数字技能进社区", "大学生志愿者教社区老人使用智能手机，跨越数字鸿沟。",
						"大学生志愿者在社区开设智能手机课堂，手把手教老人使用健康码、线上挂号、移动支付和视频通话，并编写图文并茂的操作手册。课堂采用一对一结对方式，累计帮助老人九百余人次，志愿者也在服务中增强了社会责任感。Volunteers teach older residents to use smartphones and online services safely.",
						8.0),
				new DemoCase("xihaian.admin", Unit.SMART_SERVICE, "“一网通办”学生事务智慧服务大厅", "将学生事务集中到线上线下一体的智慧服务大厅，实现一网通办。",
						"在学生社区建设智慧服务大厅，整合教务、学工、后勤等二十余项学生事务，学生可在线办理、线下自助打印。大厅配备学生助理提供引导服务，办事平均时长从三天缩短到半天。The smart service hall brings student affairs online in one place.",
						7.3),
				new DemoCase("mingshan.admin", Unit.SMART_SERVICE, "智慧社区小程序便民服务", "大学生团队为社区开发便民服务小程序，居民线上报修、预约和咨询。",
						"数字助老服务队的大学生为牛心台社区开发了便民服务小程序，居民可在线报修、预约社区服务和咨询政策。团队同时培训社区工作人员使用后台，小程序上线半年注册居民两千余人。", 6.4));
	}

}
