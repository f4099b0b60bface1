package org.practica.award;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One line of a nomination's evidence, drawn from the records: its kind (such as
 * {@code HOURS} or {@code PROJECT}), a label (a message key) and the detail shown.
 */
@Embeddable
public class Evidence {

	@Column(nullable = false)
	private String kind;

	@Column(nullable = false)
	private String label;

	@Column(nullable = false)
	private String detail;

	protected Evidence() {
	}

	public Evidence(String kind, String label, String detail) {
		this.kind = kind;
		this.label = label;
		this.detail = detail.length() > 300 ? detail.substring(0, 300) : detail;
	}

	public String getKind() {
		return this.kind;
	}

	public String getLabel() {
		return this.label;
	}

	public String getDetail() {
		return this.detail;
	}

}
