package org.practica.club;

/**
 * The six categories of student clubs in the national rules: 思想政治类, 学术科技类, 创新创业类, 文化体育类,
 * 志愿公益类, 自律互助类.
 */
public enum ClubCategory {

	IDEOLOGY("PARTY_LEAGUE_AFFAIRS"), ACADEMIC("STUDY_TRAINING"), INNOVATION("INNOVATION_ENTREPRENEURSHIP"),
	CULTURE_SPORTS("TALENT_DEVELOPMENT"), VOLUNTEER("VOLUNTEER_SERVICE"), SELF_HELP("GRASSROOTS_GOVERNANCE");

	private final String direction;

	ClubCategory(String direction) {
		this.direction = direction;
	}

	/** The top-level direction a club activity of this category counts under. */
	public String direction() {
		return this.direction;
	}

}
