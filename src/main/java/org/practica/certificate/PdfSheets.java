package org.practica.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import org.practica.certificate.PdfText.Style;

import org.springframework.stereotype.Component;

/**
 * Other documents in the certificate's style (a volunteer record, for one): the same
 * embedded fonts, red frame, title and ruled tables as {@link CertificatePdf}, drawn by
 * the certificate's own pieces, so that the two always look alike. A caller describes the
 * content through {@link Sheet}; pages break by themselves.
 */
@Component
public class PdfSheets {

	private static final float LEFT = CertificatePdf.LEFT;

	private static final float RIGHT = CertificatePdf.RIGHT;

	private final CertificateFonts fonts;

	PdfSheets(CertificateFonts fonts) {
		this.fonts = fonts;
	}

	/**
	 * An A4 PDF with the title in Chinese and English and the content the writer gives.
	 * @param title the title, Chinese
	 * @param subtitle the title in English, printed small beneath
	 * @param corner text at the top right of every page (a date, a number)
	 * @param content what goes on the pages
	 */
	public byte[] write(String title, String subtitle, String corner, Content content) {
		try (PDDocument document = new PDDocument()) {
			Drawing drawing = new Drawing(document, corner);
			drawing.newPage();
			drawing.title(title, subtitle);
			content.write(drawing);
			drawing.close();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.getDocumentInformation().setTitle(title);
			document.getDocumentInformation().setCreator("Practica");
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What a document holds, written on a sheet. */
	@FunctionalInterface
	public interface Content {

		void write(Sheet sheet) throws IOException;

	}

	/** The pen on the document's pages. */
	public interface Sheet {

		/** A part's heading, Chinese with English beside. */
		void heading(String chinese, String english) throws IOException;

		/** A paragraph of body text. */
		void paragraph(String text) throws IOException;

		/** A small grey line, such as "nothing yet". */
		void note(String text) throws IOException;

		/**
		 * A ruled table: the columns' shares of the width, the header cells and the rows.
		 */
		void table(float[] shares, List<String> headers, List<String[]> rows) throws IOException;

	}

	private final class Drawing implements Sheet {

		private final PDDocument document;

		private final String corner;

		private final PdfText text;

		private final List<PDPage> pages = new ArrayList<>();

		private PDPageContentStream page;

		private float y;

		Drawing(PDDocument document, String corner) throws IOException {
			this.document = document;
			this.corner = corner;
			this.text = new PdfText(PdfSheets.this.fonts, PdfSheets.this.fonts.load(document));
		}

		void newPage() throws IOException {
			if (this.page != null) {
				this.page.close();
			}
			PDPage next = new PDPage(PDRectangle.A4);
			this.document.addPage(next);
			this.pages.add(next);
			this.page = new PDPageContentStream(this.document, next);
			CertificatePdf.frame(this.page);
			if (this.corner != null) {
				this.text.showRight(this.page, this.corner, RIGHT, CertificatePdf.HEIGHT - 62,
						Style.of(9, CertificatePdf.GREY));
			}
			this.y = CertificatePdf.HEIGHT - 90;
		}

		void title(String title, String subtitle) throws IOException {
			float centre = CertificatePdf.WIDTH / 2;
			this.text.showCentred(this.page, title, centre, this.y - 20,
					Style.of(24, CertificatePdf.RED).spaced(8).heavy());
			this.text.showCentred(this.page, subtitle.toUpperCase(java.util.Locale.ENGLISH), centre, this.y - 40,
					Style.of(9, CertificatePdf.GREY).spaced(2));
			this.page.setStrokingColor(CertificatePdf.RED);
			this.page.setLineWidth(0.8f);
			this.page.moveTo(centre - 120, this.y - 52);
			this.page.lineTo(centre + 120, this.y - 52);
			this.page.stroke();
			this.y -= 78;
		}

		private void room(float needed) throws IOException {
			if (this.y - needed < CertificatePdf.FOOT) {
				newPage();
			}
		}

		@Override
		public void heading(String chinese, String english) throws IOException {
			room(60);
			this.y -= 8;
			this.text.show(this.page, chinese, LEFT, this.y, Style.of(13, CertificatePdf.RED).heavy());
			this.text.show(this.page, english, LEFT + this.text.width(chinese, 13) + 10, this.y,
					Style.of(8.5f, CertificatePdf.GREY));
			this.page.setStrokingColor(CertificatePdf.RULE);
			this.page.setLineWidth(0.4f);
			this.page.moveTo(LEFT, this.y - 6);
			this.page.lineTo(RIGHT, this.y - 6);
			this.page.stroke();
			this.y -= 22;
		}

		@Override
		public void paragraph(String content) throws IOException {
			for (String line : this.text.wrap(content, 10.5f, RIGHT - LEFT)) {
				room(16);
				this.text.show(this.page, line, LEFT, this.y, Style.of(10.5f, CertificatePdf.INK));
				this.y -= 16;
			}
		}

		@Override
		public void note(String content) throws IOException {
			for (String line : this.text.wrap(content, 9, RIGHT - LEFT)) {
				room(14);
				this.text.show(this.page, line, LEFT, this.y, Style.of(9, CertificatePdf.GREY));
				this.y -= 14;
			}
			this.y -= 4;
		}

		@Override
		public void table(float[] shares, List<String> headers, List<String[]> rows) throws IOException {
			float[] widths = new float[shares.length];
			float total = 0;
			for (float share : shares) {
				total += share;
			}
			for (int i = 0; i < shares.length; i++) {
				widths[i] = (RIGHT - LEFT) * shares[i] / total;
			}
			row(widths, headers.toArray(String[]::new), true);
			for (String[] cells : rows) {
				if (this.y - 30 < CertificatePdf.FOOT) {
					newPage();
					row(widths, headers.toArray(String[]::new), true);
				}
				row(widths, cells, false);
			}
			this.y -= 10;
		}

		private void row(float[] widths, String[] cells, boolean header) throws IOException {
			float size = 9;
			float leading = 12;
			float padding = 6;
			List<List<String>> wrapped = new ArrayList<>();
			int lines = 1;
			for (int i = 0; i < cells.length; i++) {
				List<String> cell = this.text.wrap(cells[i] == null ? "" : cells[i], size, widths[i] - 8);
				wrapped.add(cell);
				lines = Math.max(lines, cell.size());
			}
			float height = lines * leading + 2 * padding - 2;
			room(height);
			float top = this.y;
			if (header) {
				this.page.setNonStrokingColor(CertificatePdf.HEADER_FILL);
				this.page.addRect(LEFT, top - height, RIGHT - LEFT, height);
				this.page.fill();
			}
			float x = LEFT;
			for (int i = 0; i < cells.length; i++) {
				float baseline = top - padding - size + 1.5f;
				for (String line : wrapped.get(i)) {
					this.text.show(this.page, line, x + 4, baseline,
							header ? Style.of(size, CertificatePdf.INK).heavy() : Style.of(size, CertificatePdf.INK));
					baseline -= leading;
				}
				x += widths[i];
			}
			this.page.setStrokingColor(CertificatePdf.RULE);
			this.page.setLineWidth(0.6f);
			this.page.addRect(LEFT, top - height, RIGHT - LEFT, height);
			x = LEFT;
			for (int i = 0; i < widths.length - 1; i++) {
				x += widths[i];
				this.page.moveTo(x, top);
				this.page.lineTo(x, top - height);
			}
			this.page.stroke();
			this.y = top - height;
		}

		void close() throws IOException {
			this.page.close();
			int count = this.pages.size();
			for (int i = 0; i < count; i++) {
				try (PDPageContentStream footer = new PDPageContentStream(this.document, this.pages.get(i),
						PDPageContentStream.AppendMode.APPEND, true, true)) {
					this.text.showCentred(footer, (i + 1) + " / " + count, CertificatePdf.WIDTH / 2, 40,
							Style.of(7, CertificatePdf.GREY));
				}
			}
		}

	}

}
