package org.practica.support;

/**
 * Ids travel as strings in JSON and URLs.
 */
public final class Ids {

	private Ids() {
	}

	public static String text(Long id) {
		return id == null ? null : id.toString();
	}

	/**
	 * Parses an id; an id that is not a number cannot name anything, so it is not found.
	 */
	public static Long parse(String id) {
		if (id == null) {
			return null;
		}
		try {
			return Long.valueOf(id.strip());
		}
		catch (NumberFormatException ex) {
			throw Problem.notFound();
		}
	}

}
