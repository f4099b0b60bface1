package org.practica.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One fact published of a subject: a label and its value. The label is a message key
 * (shown translated) or, when no message has that key, text shown as it is.
 */
@Embeddable
public class NoticeFact {

	@Column(nullable = false)
	private String label;

	@Column(name = "fact_value", nullable = false)
	private String value;

	protected NoticeFact() {
	}

	public NoticeFact(String label, String value) {
		this.label = label;
		this.value = value;
	}

	public String getLabel() {
		return this.label;
	}

	public String getValue() {
		return this.value;
	}

}
