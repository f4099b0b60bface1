package org.practica.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The report form of the pages: title, date, text, and rows of figures (a metric, a
 * value, a source), of which rows left empty are dropped.
 */
class OutcomeReportForm {

	private String title;

	private String body;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate happenedOn;

	private List<FigureRow> figures = new ArrayList<>();

	static OutcomeReportForm blank(LocalDate today) {
		OutcomeReportForm form = new OutcomeReportForm();
		form.happenedOn = today;
		form.figures.add(new FigureRow());
		return form;
	}

	static OutcomeReportForm of(OutcomeReport report) {
		OutcomeReportForm form = new OutcomeReportForm();
		form.title = report.getTitle();
		form.body = report.getBody();
		form.happenedOn = report.getHappenedOn();
		report.getFigures().forEach(f -> {
			FigureRow row = new FigureRow();
			row.setMetric(f.metric().name());
			row.setValue(BigDecimal.valueOf(f.value()));
			row.setSource(f.source());
			form.figures.add(row);
		});
		form.figures.add(new FigureRow());
		return form;
	}

	/** Drops the rows left empty, so that the rows' numbers are those the rules name. */
	void dropEmptyRows() {
		this.figures.removeIf(r -> r == null || r.isEmpty());
	}

	/** One more empty row at the end, unless the last one is empty already. */
	void addRow() {
		if (this.figures.isEmpty() || !this.figures.get(this.figures.size() - 1).isEmpty()) {
			this.figures.add(new FigureRow());
		}
	}

	OutcomeReportRequest toRequest() {
		return new OutcomeReportRequest(this.title, this.body, this.happenedOn,
				this.figures.stream()
					.map(r -> new OutcomeReportRequest.FigureRequest(r.getMetric(), r.getValue(), r.getSource()))
					.toList());
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public LocalDate getHappenedOn() {
		return this.happenedOn;
	}

	public void setHappenedOn(LocalDate happenedOn) {
		this.happenedOn = happenedOn;
	}

	public List<FigureRow> getFigures() {
		return this.figures;
	}

	public void setFigures(List<FigureRow> figures) {
		this.figures = figures;
	}

	/** A row of figures as the form sends it. */
	public static class FigureRow {

		private String metric;

		private BigDecimal value;

		private String source;

		boolean isEmpty() {
			return (this.metric == null || this.metric.isBlank()) && this.value == null
					&& (this.source == null || this.source.isBlank());
		}

		public String getMetric() {
			return this.metric;
		}

		public void setMetric(String metric) {
			this.metric = metric;
		}

		public BigDecimal getValue() {
			return this.value;
		}

		public void setValue(BigDecimal value) {
			this.value = value;
		}

		public String getSource() {
			return this.source;
		}

		public void setSource(String source) {
			this.source = source;
		}

	}

}
