package org.practica.club;

import org.practica.support.Activity;

/**
 * A member was given an office, or the office was taken away (null).
 */
public record ClubOfficerAppointed(Long clubId, Long accountId, Office office) implements Activity {

	@Override
	public String subjectType() {
		return "club";
	}

	@Override
	public Long subjectId() {
		return this.clubId;
	}

	@Override
	public String action() {
		return "officer-appointed";
	}

}
