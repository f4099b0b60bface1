package org.practica.signup;

import org.practica.support.Activity;

/**
 * An event about a sign-up, kept in the activity log under its id; each event says only
 * what happened ({@link #action()}).
 */
public interface SignupActivity extends Activity {

	/** The subject's id. */
	Long signupId();

	@Override
	default String subjectType() {
		return "signup";
	}

	@Override
	default Long subjectId() {
		return signupId();
	}

}
