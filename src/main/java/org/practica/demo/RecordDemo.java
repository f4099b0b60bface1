package org.practica.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Identity;
import org.practica.directory.Organisation;
import org.practica.hours.Hours;
import org.practica.hours.HoursEntry;
import org.practica.hours.HoursStatus;
import org.practica.record.Corrections;
import org.practica.record.RecordExports;

import org.springframework.stereotype.Component;

/**
 * The volunteer records of the demo: the students' ID documents (valid resident ID
 * numbers, check characters and all; one passport) and volunteer numbers, a correction
 * request of wang.fang waiting for Qingquanshan, and an export to the national system
 * already made by Hunan Institute of Technology's admin.
 */
@Component
class RecordDemo {

	private final Accounts accounts;

	private final Hours hours;

	private final Corrections corrections;

	private final RecordExports exports;

	RecordDemo(Accounts accounts, Hours hours, Corrections corrections, RecordExports exports) {
		this.accounts = accounts;
		this.hours = hours;
		this.corrections = corrections;
		this.exports = exports;
	}

	void load(Map<String, Organisation> orgs, LocalDate today) {
		CurrentUser admin = this.accounts.actingAs("admin");
		identity(admin, "zhang.wei", "RESIDENT_ID_CARD", "21050220030514102X", "LN2023000101");
		identity(admin, "li.na", "RESIDENT_ID_CARD", "210502200211092044", null);
		identity(admin, "wang.fang", "RESIDENT_ID_CARD", "430406200302273060", "HN2022030201");
		identity(admin, "liu.yang", "RESIDENT_ID_CARD", "430406200208164079", null);
		identity(admin, "chen.jing", "PASSPORT", "E12345678", null);

		CurrentUser wang = this.accounts.actingAs("wang.fang");
		HoursEntry verified = this.hours.mine(wang)
			.stream()
			.filter(e -> e.getStatus() == HoursStatus.VERIFIED)
			.findFirst()
			.orElseThrow();
		this.corrections.ask(wang, verified.getId(), new BigDecimal("3"), "那天辅导延长到六点才结束，签退时二维码已刷新，实际服务3小时。", null);

		this.exports.export(this.accounts.actingAs("hnit.admin"), orgs.get("hnit").getId(), today.minusDays(60), today,
				Locale.SIMPLIFIED_CHINESE);
	}

	private void identity(CurrentUser admin, String username, String type, String number, String volunteerNumber) {
		this.accounts.recordIdentity(admin, this.accounts.actingAs(username).id(),
				new Identity(type, number, volunteerNumber));
	}

}
