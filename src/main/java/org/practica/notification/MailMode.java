package org.practica.notification;

/**
 * How a person gets a category of notices by mail.
 */
public enum MailMode {

	/** A mail for each notice, as soon as the change that caused it has committed. */
	IMMEDIATE,

	/** One mail a day with all such notices not yet mailed. */
	DAILY,

	/** No mail; the notices stay in the app. */
	NEVER;

	/** What a person gets until they choose: reminders at once, the rest daily. */
	static MailMode defaultFor(NoticeCategory category) {
		return category == NoticeCategory.REMINDERS ? IMMEDIATE : DAILY;
	}

}
