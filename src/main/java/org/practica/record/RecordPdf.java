package org.practica.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.practica.certificate.Certificate;
import org.practica.certificate.PdfSheets;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The volunteer record as a PDF, in the certificate's fonts and style
 * ({@link PdfSheets}): the five parts, each with Chinese headings and English beside
 * them; a part with nothing yet says so.
 */
@Component
class RecordPdf {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private static final Locale EN = Locale.ENGLISH;

	private final PdfSheets sheets;

	private final MessageSource messages;

	RecordPdf(PdfSheets sheets, MessageSource messages) {
		this.sheets = sheets;
		this.messages = messages;
	}

	byte[] render(VolunteerRecord record, LocalDate today) {
		VolunteerRecord.Person p = record.person();
		return this.sheets.write(zh("title"), en("title"), today.toString(), sheet -> {
			sheet.heading(zh("person"), en("person"));
			sheet.paragraph(zh("pdf.name", p.name()) + "\u3000" + zh("pdf.student-number", text(p.studentNumber())));
			sheet.paragraph(p.university() + " " + p.college());
			sheet.paragraph(zh("pdf.id", p.idType() == null ? zh("pdf.none") : idType(p.idType()), text(p.idNumber()))
					+ "\u3000" + zh("pdf.volunteer-number", text(p.volunteerNumber())));

			sheet.heading(zh("service"), en("service"));
			if (record.service().isEmpty()) {
				sheet.note(zh("empty.service") + " / " + en("empty.service"));
			}
			else {
				List<String[]> rows = record.service()
					.stream()
					.map(s -> new String[] { s.project(), text(s.direction()), text(s.community()),
							s.firstDay().equals(s.lastDay()) ? s.firstDay().toString()
									: s.firstDay() + " – " + s.lastDay(),
							Certificate.plain(s.hours()) })
					.toList();
				sheet.table(new float[] { 30, 18, 22, 20, 10 }, List.of(zh("column.project"), zh("column.content"),
						zh("column.community"), zh("column.dates"), zh("column.hours")), rows);
				sheet.paragraph(zh("pdf.total", Certificate.plain(record.totalHours())));
			}

			sheet.heading(zh("training"), en("training"));
			if (record.training().isEmpty()) {
				String key = record.trainingKept() ? "empty.training" : "empty.training-not-kept";
				sheet.note(zh(key) + " / " + en(key));
			}
			else {
				sheet.table(new float[] { 40, 30, 18, 12 },
						List.of(zh("column.training"), zh("column.provider"), zh("column.completed"),
								zh("column.hours")),
						record.training()
							.stream()
							.map(t -> new String[] { t.title(), text(t.provider()), text(t.completedOn()),
									t.hours() == null ? "" : Certificate.plain(t.hours()) })
							.toList());
			}

			sheet.heading(zh("awards"), en("awards"));
			if (record.awards().isEmpty()) {
				sheet.note(zh("empty.awards") + " / " + en("empty.awards"));
			}
			else {
				sheet.table(new float[] { 12, 55, 33 },
						List.of(zh("column.year"), zh("column.award"), zh("column.organisation")),
						record.awards()
							.stream()
							.map(a -> new String[] { Integer.toString(a.year()), a.title(), text(a.organisation()) })
							.toList());
			}

			sheet.heading(zh("evaluations"), en("evaluations"));
			if (record.evaluations().isEmpty()) {
				sheet.note(zh("empty.evaluations") + " / " + en("empty.evaluations"));
			}
			else {
				sheet.table(new float[] { 30, 12, 40, 18 },
						List.of(zh("column.project"), zh("column.score"), zh("column.comment"), zh("column.date")),
						record.evaluations()
							.stream()
							.map(e -> new String[] { text(e.project()), String.format(Locale.ROOT, "%.1f", e.average()),
									text(e.comment()), text(e.publishedOn()) })
							.toList());
			}
			sheet.note(zh("pdf.note"));
		});
	}

	private String idType(String type) {
		return this.messages.getMessage("account.id-type." + type, null, type, ZH);
	}

	private String zh(String key, Object... arguments) {
		return this.messages.getMessage("record." + key, arguments, ZH);
	}

	private String en(String key, Object... arguments) {
		return this.messages.getMessage("record." + key, arguments, EN);
	}

	private static String text(Object value) {
		return value == null ? "" : value instanceof BigDecimal b ? Certificate.plain(b) : value.toString();
	}

}
