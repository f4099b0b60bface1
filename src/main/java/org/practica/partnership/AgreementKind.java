package org.practica.partnership;

/**
 * What an agreement sets up: community practice, a community college (社区学院), a practice
 * base.
 */
public enum AgreementKind {

	COMMUNITY_PRACTICE, COMMUNITY_COLLEGE, PRACTICE_BASE

}
