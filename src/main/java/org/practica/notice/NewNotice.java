package org.practica.notice;

import java.time.Instant;
import java.util.List;

/**
 * What an owner module gives to open a notice.
 *
 * @param organisationId the organisation whose admins decide the objections
 * @param ownerKind the owner's kind, such as {@code award-call} or {@code club}
 * @param ownerId the owner's id
 * @param title the title shown
 * @param opensAt when it opens (null: now)
 * @param workingDays how many working days it runs (null: the configured default)
 * @param subjects the subjects, in the order shown
 */
public record NewNotice(Long organisationId, String ownerKind, Long ownerId, String title, Instant opensAt,
		Integer workingDays, List<Subject> subjects) {

	/**
	 * A subject to publish.
	 *
	 * @param ref the owner's reference of it (unique in the notice), such as
	 * {@code nomination:12}
	 * @param name the name shown
	 * @param facts the facts shown, in order
	 */
	public record Subject(String ref, String name, List<Fact> facts) {
	}

	/**
	 * A fact to publish.
	 *
	 * @param label a message key (shown translated) or text shown as it is
	 * @param value the value shown as it is
	 */
	public record Fact(String label, String value) {
	}

}
