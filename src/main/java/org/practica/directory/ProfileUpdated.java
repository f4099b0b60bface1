package org.practica.directory;

import org.practica.support.Activity;

/**
 * A person's profile (name, major, skills, phone) was changed.
 */
public record ProfileUpdated(Long accountId) implements Activity {

	@Override
	public String subjectType() {
		return "account";
	}

	@Override
	public Long subjectId() {
		return this.accountId;
	}

	@Override
	public String action() {
		return "profile-updated";
	}

}
