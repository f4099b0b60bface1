package org.practica.directory;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The identity documents the national volunteer-record rules accept, with the shape of
 * each one's number. A resident ID card's number is checked further by
 * {@link ResidentIdNumber}.
 */
public enum IdDocumentType {

	/** 居民身份证: 18 characters, GB 11643. */
	RESIDENT_ID_CARD("[0-9]{17}[0-9X]", "居民身份证"),
	/** 护照. */
	PASSPORT("[A-Z0-9]{5,20}", "护照"),
	/** 港澳居民来往内地通行证. */
	HK_MACAO_PERMIT("[HM][0-9]{8,10}", "港澳居民来往内地通行证", "港澳通行证"),
	/** 台湾居民来往大陆通行证. */
	TAIWAN_PERMIT("[0-9]{8}([0-9]{2})?", "台湾居民来往大陆通行证", "台胞证");

	private final Pattern shape;

	private final String[] names;

	IdDocumentType(String shape, String... names) {
		this.shape = Pattern.compile(shape);
		this.names = names;
	}

	/** Whether the number, normalised, has this document's shape. */
	boolean fits(String number) {
		return this.shape.matcher(number).matches();
	}

	/**
	 * The type a spreadsheet cell names, by its code or its Chinese name; null for none.
	 */
	public static IdDocumentType parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String wanted = text.strip();
		for (IdDocumentType type : values()) {
			if (type.name().equalsIgnoreCase(wanted.replace(' ', '_').replace('-', '_'))) {
				return type;
			}
			for (String name : type.names) {
				if (name.equals(wanted)) {
					return type;
				}
			}
		}
		if ("身份证".equals(wanted) || "ID_CARD".equals(wanted.toUpperCase(Locale.ROOT))) {
			return RESIDENT_ID_CARD;
		}
		throw new IllegalArgumentException(text);
	}

}
