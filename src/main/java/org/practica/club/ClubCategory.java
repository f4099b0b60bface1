package org.practica.club;

/**
 * The six categories of student clubs in the national rules: 思想政治类, 学术科技类, 创新创业类, 文化体育类,
 * 志愿公益类, 自律互助类.
 */
public enum ClubCategory {

	IDEOLOGY, ACADEMIC, INNOVATION, CULTURE_SPORTS, VOLUNTEER, SELF_HELP

}
