package org.practica.matching;

/**
 * Ids by index, kept as the characters of all of them in one array: a million ids cost
 * two arrays instead of a million objects, and a String is made only when one is asked
 * for.
 */
final class IdNames {

	private final char[] chars;

	private final int[] start;

	/**
	 * Takes id {@code i} as {@code chars[start[i] .. start[i+1])}.
	 */
	IdNames(char[] chars, int[] start) {
		this.chars = chars;
		this.start = start;
	}

	int size() {
		return this.start.length - 1;
	}

	String get(int index) {
		return new String(this.chars, this.start[index], this.start[index + 1] - this.start[index]);
	}

}
