package org.practica.support;

/**
 * An event that is kept in the activity log: what changed, on which subject, and in which
 * organisation. The who and when are taken when it is recorded.
 */
public interface Activity {

	/** The kind of subject, such as {@code need} or {@code account}. */
	String subjectType();

	/** The subject's id. */
	Long subjectId();

	/** What happened, such as {@code published}. */
	String action();

	/**
	 * Whether the change concerns sensitive personal information (a counselling booking
	 * or consent): then the log keeps what happened and when, but not who did it, since
	 * the actor is the student whose health care it is, or their counsellor.
	 */
	default boolean withholdsActor() {
		return false;
	}

}
