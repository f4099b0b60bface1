package org.practica.need;

import org.practica.support.Activity;

/**
 * Something that happened to a need; each is kept in the activity log.
 */
public sealed interface NeedEvent extends Activity
		permits NeedCreated, NeedUpdated, NeedPublished, NeedClosed, NeedCancelled {

	/** The need. */
	Long needId();

	/** Its community. */
	Long communityId();

	@Override
	default String subjectType() {
		return "need";
	}

	@Override
	default Long subjectId() {
		return needId();
	}

}
