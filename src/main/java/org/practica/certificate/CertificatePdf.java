package org.practica.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import org.practica.certificate.PdfText.Style;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Draws a certificate as an A4 PDF: the title, the statement of who served when and for
 * how many verified hours, one table row per project, the issuing organisation and date,
 * the number, and a QR code to the public verification page. Chinese first, with English
 * beside it; every text comes from the message files.
 */
@Component
class CertificatePdf {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final Locale ENGLISH = Locale.ENGLISH;

	static final Color RED = new Color(0xA3, 0x1F, 0x24);

	static final Color INK = new Color(0x1C, 0x1C, 0x1C);

	static final Color GREY = new Color(0x66, 0x66, 0x66);

	static final Color RULE = new Color(0x8C, 0x8C, 0x8C);

	static final Color HEADER_FILL = new Color(0xF7, 0xEF, 0xEF);

	static final float WIDTH = PDRectangle.A4.getWidth();

	static final float HEIGHT = PDRectangle.A4.getHeight();

	static final float LEFT = 66;

	static final float RIGHT = WIDTH - 66;

	/** The lowest a table row may reach before the table goes on over the page. */
	static final float FOOT = 64;

	/**
	 * The closing words need this much above the page's foot, for the issuer and QR code
	 * below them.
	 */
	private static final float CLOSING_AREA = 300;

	/** Index, project, community, dates, hours: the hours take what is left. */
	private static final float[] COLUMNS = { 34, 166, 113, 80, RIGHT - LEFT - 34 - 166 - 113 - 80 };

	private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("yyyy.MM.dd");

	private final CertificateFonts fonts;

	private final MessageSource messages;

	CertificatePdf(CertificateFonts fonts, MessageSource messages) {
		this.fonts = fonts;
		this.messages = messages;
	}

	/** The certificate's PDF, the same every time it is made. */
	byte[] render(Certificate certificate, String verifyUrl, String verifyPage, ZoneId zone) {
		try (PDDocument document = new PDDocument()) {
			new Drawing(document, certificate, verifyUrl, verifyPage, zone).draw();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The certificate's red double frame with its corner marks, on a new page. */
	static void frame(PDPageContentStream page) throws IOException {
		page.setStrokingColor(RED);
		page.setLineWidth(2.6f);
		page.addRect(24, 24, WIDTH - 48, HEIGHT - 48);
		page.stroke();
		page.setLineWidth(0.7f);
		page.addRect(31, 31, WIDTH - 62, HEIGHT - 62);
		page.stroke();
		float c = 14;
		for (float[] corner : new float[][] { { 31, 31, 1, 1 }, { WIDTH - 31, 31, -1, 1 }, { 31, HEIGHT - 31, 1, -1 },
				{ WIDTH - 31, HEIGHT - 31, -1, -1 } }) {
			float x = corner[0] + 4 * corner[2];
			float y = corner[1] + 4 * corner[3];
			page.setNonStrokingColor(RED);
			page.addRect(Math.min(x, x + c * corner[2]), Math.min(y, y + 2.2f * corner[3]), c, 2.2f);
			page.addRect(Math.min(x, x + 2.2f * corner[2]), Math.min(y, y + c * corner[3]), 2.2f, c);
			page.fill();
		}
	}

	private String zh(String key, Object... arguments) {
		return this.messages.getMessage("certificate.pdf." + key, arguments, CHINESE);
	}

	private String en(String key, Object... arguments) {
		return this.messages.getMessage("certificate.pdf." + key, arguments, ENGLISH);
	}

	private String idType(String type, Locale locale) {
		return this.messages.getMessage("account.id-type." + type, null, type, locale);
	}

	private String date(LocalDate date, Locale locale) {
		return date.format(DateTimeFormatter
			.ofPattern(this.messages.getMessage("certificate.date-pattern", null, locale), locale));
	}

	/** One certificate being drawn: the pages so far and where the pen is. */
	private final class Drawing {

		private final PDDocument document;

		private final Certificate certificate;

		private final String verifyUrl;

		private final String verifyPage;

		private final ZoneId zone;

		private final PdfText text;

		private final List<PDPage> pages = new ArrayList<>();

		private PDPageContentStream page;

		private float y;

		Drawing(PDDocument document, Certificate certificate, String verifyUrl, String verifyPage, ZoneId zone)
				throws IOException {
			this.document = document;
			this.certificate = certificate;
			this.verifyUrl = verifyUrl;
			this.verifyPage = verifyPage;
			this.zone = zone;
			this.text = new PdfText(CertificatePdf.this.fonts, CertificatePdf.this.fonts.load(document));
		}

		void draw() throws IOException {
			describe();
			newPage();
			title();
			statement();
			table();
			closing();
			this.page.close();
			numberPages();
		}

		private void describe() {
			this.document.setDocumentId(this.certificate.getId());
			PDDocumentInformation info = this.document.getDocumentInformation();
			info.setTitle(zh("title") + " " + this.certificate.getNumber());
			info.setSubject(en("title") + " " + this.certificate.getNumber());
			info.setAuthor(this.certificate.getIssuerName());
			info.setCreator("Practica");
			info.setProducer("Practica");
			GregorianCalendar issued = new GregorianCalendar(TimeZone.getTimeZone(this.zone));
			issued.setTimeInMillis(this.certificate.getIssuedAt().toEpochMilli());
			info.setCreationDate(issued);
			info.setModificationDate(issued);
		}

		private void newPage() throws IOException {
			if (this.page != null) {
				this.page.close();
			}
			PDPage next = new PDPage(PDRectangle.A4);
			this.document.addPage(next);
			this.pages.add(next);
			this.page = new PDPageContentStream(this.document, next);
			frame(this.page);
			this.text.showRight(this.page, zh("number", this.certificate.getNumber()), RIGHT, HEIGHT - 62,
					Style.of(9.5f, INK));
			this.text.showRight(this.page, en("number", this.certificate.getNumber()), RIGHT, HEIGHT - 74,
					Style.of(7, GREY));
			this.y = HEIGHT - 96;
		}

		private void title() throws IOException {
			float centre = WIDTH / 2;
			this.text.showCentred(this.page, zh("title"), centre, HEIGHT - 128, Style.of(30, RED).spaced(12).heavy());
			this.text.showCentred(this.page, en("title").toUpperCase(ENGLISH), centre, HEIGHT - 152,
					Style.of(9.5f, GREY).spaced(2.4f));
			this.page.setStrokingColor(RED);
			this.page.setLineWidth(0.8f);
			this.page.moveTo(centre - 120, HEIGHT - 166);
			this.page.lineTo(centre + 120, HEIGHT - 166);
			this.page.stroke();
			this.y = HEIGHT - 204;
		}

		private void statement() throws IOException {
			Certificate c = this.certificate;
			String hours = Certificate.plain(c.getTotalHours());
			String chinese = c.getStudentNumber() == null
					? zh("statement.no-number", c.getStudentName(), c.getUniversityName(), c.getCollegeName(),
							date(c.getPeriodFrom(), CHINESE), date(c.getPeriodTo(), CHINESE), hours)
					: zh("statement", c.getStudentName(), c.getStudentNumber(), c.getUniversityName(),
							c.getCollegeName(), date(c.getPeriodFrom(), CHINESE), date(c.getPeriodTo(), CHINESE),
							hours);
			String english = c.getStudentNumber() == null
					? en("statement.no-number", c.getStudentName(), c.getUniversityName(), c.getCollegeName(),
							date(c.getPeriodFrom(), ENGLISH), date(c.getPeriodTo(), ENGLISH), hours)
					: en("statement", c.getStudentName(), c.getStudentNumber(), c.getUniversityName(),
							c.getCollegeName(), date(c.getPeriodFrom(), ENGLISH), date(c.getPeriodTo(), ENGLISH),
							hours);
			paragraph(chinese, Style.of(13, INK), 25, 2, true);
			this.y -= 4;
			paragraph(english, Style.of(8.5f, GREY), 13, 0, false);
			identity();
			this.y -= 14;
		}

		/**
		 * The ID document, its number masked, and the volunteer number, where the student
		 * had them recorded.
		 */
		private void identity() throws IOException {
			Certificate c = this.certificate;
			List<String> zh = new ArrayList<>();
			List<String> en = new ArrayList<>();
			if (c.getIdType() != null) {
				zh.add(zh("identity", idType(c.getIdType(), CHINESE), c.getIdNumberMasked()));
				en.add(en("identity", idType(c.getIdType(), ENGLISH), c.getIdNumberMasked()));
			}
			if (c.getVolunteerNumber() != null) {
				zh.add(zh("volunteer-number", c.getVolunteerNumber()));
				en.add(en("volunteer-number", c.getVolunteerNumber()));
			}
			if (zh.isEmpty()) {
				return;
			}
			this.y -= 6;
			paragraph(String.join("\u3000", zh), Style.of(10.5f, INK), 16, 2, false);
			paragraph(String.join("   ", en), Style.of(8, GREY), 12, 0, false);
		}

		/**
		 * A paragraph from the pen downwards. A Chinese paragraph starts two characters
		 * in and is justified: every line but the last spread to the full width.
		 */
		private void paragraph(String content, Style style, float leading, int indent, boolean justify)
				throws IOException {
			float width = RIGHT - LEFT;
			List<String> lines = this.text.wrap("\u3000".repeat(indent) + content, style.size(), width);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				Style spread = style;
				int characters = line.codePointCount(0, line.length());
				if (justify && i < lines.size() - 1 && characters > 1) {
					spread = style.spaced((width - this.text.width(line, style.size())) / (characters - 1));
				}
				this.text.show(this.page, line, LEFT, this.y, spread);
				this.y -= leading;
			}
		}

		private void table() throws IOException {
			header(false);
			int index = 1;
			for (CertificateLine line : this.certificate.getLines()) {
				String dates = line.oneDay() ? DOTTED.format(line.firstDay())
						: DOTTED.format(line.firstDay()) + " " + zh("to") + "\n" + DOTTED.format(line.lastDay());
				String community = line.communityName() == null ? "" : line.communityName();
				row(new String[] { Integer.toString(index++), line.projectTitle(), community, dates,
						Certificate.plain(line.hours()) }, Style.of(9.5f, INK), false);
			}
			totalRow();
		}

		private void header(boolean continued) throws IOException {
			String[] keys = { "column.index", "column.project", "column.community", "column.dates", "column.hours" };
			float height = 32;
			if (continued) {
				this.text.show(this.page, zh("continued", this.certificate.getStudentName()), LEFT, this.y,
						Style.of(10, GREY));
				this.y -= 14;
			}
			float top = this.y;
			this.page.setNonStrokingColor(HEADER_FILL);
			this.page.addRect(LEFT, top - height, RIGHT - LEFT, height);
			this.page.fill();
			float x = LEFT;
			for (int i = 0; i < keys.length; i++) {
				float centre = x + COLUMNS[i] / 2;
				this.text.showCentred(this.page, zh(keys[i]), centre, top - 14, Style.of(9.5f, INK).heavy());
				this.text.showCentred(this.page, en(keys[i]), centre, top - 25, Style.of(6.5f, GREY));
				x += COLUMNS[i];
			}
			grid(top, height);
			this.y = top - height;
		}

		private void row(String[] cells, Style style, boolean heavy) throws IOException {
			float leading = 13;
			float padding = 7;
			List<List<String>> wrapped = new ArrayList<>();
			int lines = 1;
			for (int i = 0; i < cells.length; i++) {
				List<String> cell = this.text.wrap(cells[i], style.size(), COLUMNS[i] - 10);
				wrapped.add(cell);
				lines = Math.max(lines, cell.size());
			}
			float height = lines * leading + 2 * padding - 3;
			if (this.y - height < FOOT) {
				newPage();
				header(true);
			}
			float top = this.y;
			float x = LEFT;
			for (int i = 0; i < cells.length; i++) {
				List<String> cell = wrapped.get(i);
				float baseline = top - padding - style.size() + 1.5f - (lines - cell.size()) * leading / 2;
				for (String line : cell) {
					if (i == 1 || i == 2) {
						this.text.show(this.page, line, x + 5, baseline, style);
					}
					else {
						this.text.showCentred(this.page, line, x + COLUMNS[i] / 2, baseline,
								heavy ? style.heavy() : style);
					}
					baseline -= leading;
				}
				x += COLUMNS[i];
			}
			grid(top, height);
			this.y = top - height;
		}

		private void totalRow() throws IOException {
			float height = 26;
			if (this.y - height < FOOT) {
				newPage();
				header(true);
			}
			float top = this.y;
			float labelWidth = RIGHT - LEFT - COLUMNS[4];
			this.text.showCentred(this.page, zh("total") + "  " + en("total"), LEFT + labelWidth / 2, top - 17,
					Style.of(10, INK).heavy());
			this.text.showCentred(this.page, Certificate.plain(this.certificate.getTotalHours()),
					RIGHT - COLUMNS[4] / 2, top - 17, Style.of(11, RED).heavy());
			this.page.setStrokingColor(RULE);
			this.page.setLineWidth(0.6f);
			this.page.addRect(LEFT, top - height, RIGHT - LEFT, height);
			this.page.moveTo(RIGHT - COLUMNS[4], top);
			this.page.lineTo(RIGHT - COLUMNS[4], top - height);
			this.page.stroke();
			this.y = top - height;
		}

		private void grid(float top, float height) throws IOException {
			this.page.setStrokingColor(RULE);
			this.page.setLineWidth(0.6f);
			this.page.addRect(LEFT, top - height, RIGHT - LEFT, height);
			float x = LEFT;
			for (int i = 0; i < COLUMNS.length - 1; i++) {
				x += COLUMNS[i];
				this.page.moveTo(x, top);
				this.page.lineTo(x, top - height);
			}
			this.page.stroke();
		}

		private void closing() throws IOException {
			this.y -= 30;
			if (this.y < CLOSING_AREA) {
				newPage();
				this.y = HEIGHT - 120;
			}
			this.text.show(this.page, zh("closing"), LEFT + 26, this.y, Style.of(13, INK));
			this.text.show(this.page, en("closing"), LEFT + 26, this.y - 14, Style.of(8.5f, GREY));
			float top = this.y - 48;
			issuer(top);
			qrCode(top);
			notes();
		}

		/**
		 * The issuing organisation and the date, at the right below the closing words.
		 */
		private void issuer(float top) throws IOException {
			float centre = RIGHT - 100;
			this.text.showCentred(this.page, zh("issuer") + "  " + en("issuer"), centre, top, Style.of(8, GREY));
			float baseline = top - 24;
			for (String line : this.text.wrap(this.certificate.getIssuerName(), 14, 200)) {
				this.text.showCentred(this.page, line, centre, baseline, Style.of(14, INK).heavy());
				baseline -= 20;
			}
			LocalDate issued = this.certificate.getIssuedAt().atZone(this.zone).toLocalDate();
			this.text.showCentred(this.page, date(issued, CHINESE), centre, baseline - 4, Style.of(12.5f, INK));
			this.text.showCentred(this.page, zh("issued-on") + "  " + en("issued-on"), centre, baseline - 20,
					Style.of(8, GREY));
			baseline -= 36;
			if (this.certificate.getIssuerPerson() != null) {
				this.text.showCentred(this.page, zh("person", this.certificate.getIssuerPerson()), centre, baseline,
						Style.of(9, INK));
				baseline -= 13;
			}
			if (this.certificate.getIssuerContact() != null) {
				this.text.showCentred(this.page, zh("contact", this.certificate.getIssuerContact()), centre, baseline,
						Style.of(9, INK));
			}
		}

		/** The QR code of the verification page, at the left beside the issuer. */
		private void qrCode(float top) throws IOException {
			BitMatrix matrix;
			try {
				matrix = new QRCodeWriter().encode(this.verifyUrl, BarcodeFormat.QR_CODE, 0, 0,
						Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
								EncodeHintType.CHARACTER_SET, "UTF-8"));
			}
			catch (WriterException ex) {
				throw new IllegalStateException(ex);
			}
			float size = 92;
			float left = LEFT;
			float bottom = top - size + 6;
			float module = size / matrix.getWidth();
			this.page.setNonStrokingColor(Color.BLACK);
			for (int row = 0; row < matrix.getHeight(); row++) {
				for (int column = 0; column < matrix.getWidth();) {
					if (!matrix.get(column, row)) {
						column++;
						continue;
					}
					int start = column;
					while (column < matrix.getWidth() && matrix.get(column, row)) {
						column++;
					}
					this.page.addRect(left + start * module, bottom + size - (row + 1) * module,
							(column - start) * module, module);
				}
			}
			this.page.fill();
			this.text.showCentred(this.page, zh("scan"), left + size / 2, bottom - 14, Style.of(8.5f, INK));
			this.text.showCentred(this.page, en("scan"), left + size / 2, bottom - 24, Style.of(6.5f, GREY));
		}

		private void notes() throws IOException {
			String code = this.certificate.getGroupedCode();
			float baseline = 104;
			this.page.setStrokingColor(RULE);
			this.page.setLineWidth(0.4f);
			this.page.moveTo(LEFT, baseline + 12);
			this.page.lineTo(RIGHT, baseline + 12);
			this.page.stroke();
			for (String line : List.of(zh("note"), zh("verify", code, this.verifyPage), en("note"),
					en("verify", code, this.verifyPage))) {
				for (String wrapped : this.text.wrap(line, 7, RIGHT - LEFT)) {
					this.text.show(this.page, wrapped, LEFT, baseline, Style.of(7, GREY));
					baseline -= 10;
				}
			}
		}

		private void numberPages() throws IOException {
			int count = this.pages.size();
			if (count == 1) {
				return;
			}
			for (int i = 0; i < count; i++) {
				try (PDPageContentStream footer = new PDPageContentStream(this.document, this.pages.get(i),
						PDPageContentStream.AppendMode.APPEND, true, true)) {
					this.text.showCentred(footer, zh("page", i + 1, count) + "  " + en("page", i + 1, count), WIDTH / 2,
							40, Style.of(7, GREY));
				}
			}
		}

	}

}
