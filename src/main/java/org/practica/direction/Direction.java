package org.practica.direction;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A practice direction: one of the seven top-level codes, or a finer category under one.
 */
@Entity
public class Direction {

	@Id
	private String code;

	private String parentCode;

	private String nameZh;

	private String nameEn;

	private int position;

	protected Direction() {
	}

	public String getCode() {
		return this.code;
	}

	public String getParentCode() {
		return this.parentCode;
	}

	/** The top-level direction this one belongs to: its parent, or itself. */
	public String topLevelCode() {
		return this.parentCode == null ? this.code : this.parentCode;
	}

	public boolean isTopLevel() {
		return this.parentCode == null;
	}

	public String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? this.nameZh : this.nameEn;
	}

	public int getPosition() {
		return this.position;
	}

}
