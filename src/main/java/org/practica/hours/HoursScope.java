package org.practica.hours;

import java.util.regex.Pattern;

/**
 * The entries of an organisation's subtree, seen from one side: those whose student's
 * organisation, whose project's community, or whose project's team lies under the path.
 *
 * @param side which of the entry's organisations is looked at
 * @param path the subtree's root path, such as {@code /1/5/}
 */
public record HoursScope(Side side, String path) {

	private static final Pattern PATH = Pattern.compile("(/[0-9]+)+/");

	public HoursScope {
		if (path == null || !PATH.matcher(path).matches()) {
			throw new IllegalArgumentException("Not an organisation path: " + path);
		}
	}

	/** The {@code like} pattern of the subtree. */
	String like() {
		return this.path + "%";
	}

	/** The entry's organisation that puts it in a subtree. */
	public enum Side {

		/** the student's college (or other organisation) and its university */
		STUDENT("student_path"),
		/** the project's community, street and district */
		COMMUNITY("community_path"),
		/** the project's team */
		TEAM("team_path");

		private final String column;

		Side(String column) {
			this.column = column;
		}

		String column() {
			return this.column;
		}

	}

}
