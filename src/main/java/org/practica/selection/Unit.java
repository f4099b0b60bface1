package org.practica.selection;

/**
 * The units (sections) of a selection: those of the one-stop student community selection.
 */
public enum Unit {

	/** 党建引领 */
	PARTY_BUILDING,
	/** 三全育人 */
	ALL_ROUND_EDUCATION,
	/** 平安社区 */
	SAFE_COMMUNITY,
	/** 智慧服务 */
	SMART_SERVICE

}
