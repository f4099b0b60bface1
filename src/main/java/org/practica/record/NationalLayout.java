package org.practica.record;

import java.util.List;

/**
 * The national volunteer system's import layout, kept in this one place so that a change
 * of the national template is a change here alone.
 * <p>
 * Source: the batch import template for volunteer service records (志愿服务记录批量导入模板) of the
 * national volunteer service information system (全国志愿服务信息系统, chinavolunteer.mca.gov.cn),
 * as required by the Ministry of Civil Affairs' rules on volunteer service records and
 * certificates (志愿服务记录与证明出具办法, 民政部 2020, in force since 1 February 2021): one row per
 * volunteer and service record, hours as a decimal. The ID types are written as the
 * template's drop-down names them.
 */
final class NationalLayout {

	/** The sheet the national system imports. */
	static final String SHEET = "志愿服务记录";

	/** The sheet of the rows that cannot go, with why. */
	static final String REFUSED_SHEET = "无法导出";

	/** The import columns, in the template's order, then one of ours after them. */
	static final List<String> COLUMNS = List.of("姓名", "证件类型", "证件号码", "志愿者编号", "活动名称", "组织名称", "开始日期", "结束日期",
			"服务时长（小时）", "此前已导出");

	/** The refused rows' columns. */
	static final List<String> REFUSED_COLUMNS = List.of("姓名", "证件类型", "证件号码", "活动名称", "开始日期", "服务时长（小时）", "原因");

	private NationalLayout() {
	}

	/** The template's name of an ID document type. */
	static String idType(String type) {
		if (type == null) {
			return "";
		}
		return switch (type) {
			case "RESIDENT_ID_CARD" -> "居民身份证";
			case "PASSPORT" -> "护照";
			case "HK_MACAO_PERMIT" -> "港澳居民来往内地通行证";
			case "TAIWAN_PERMIT" -> "台湾居民来往大陆通行证";
			default -> type;
		};
	}

}
