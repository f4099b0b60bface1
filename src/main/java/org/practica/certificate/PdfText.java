package org.practica.certificate;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import org.practica.certificate.CertificateFonts.Face;

/**
 * Sets mixed Chinese and Latin text in one document: each character from the font that
 * has it, measured, wrapped and shown. A character neither font has is printed as
 * {@link CertificateFonts#MISSING} rather than failing the document.
 */
class PdfText {

	/** Chinese punctuation that never starts a line: it hangs at the end of the last. */
	private static final String CLOSING = "，。、；：？！）》」』】〉”’,.;:?!)%";

	private final CertificateFonts fonts;

	private final CertificateFonts.Loaded loaded;

	PdfText(CertificateFonts fonts, CertificateFonts.Loaded loaded) {
		this.fonts = fonts;
		this.loaded = loaded;
	}

	/** The text cut into runs of one font each. */
	List<Run> runs(String text) {
		List<Run> runs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		Face face = null;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (Character.isISOControl(c)) {
				c = ' ';
			}
			Face f = this.fonts.faceOf(c);
			if (f == null) {
				c = CertificateFonts.MISSING;
				f = Face.CHINESE;
			}
			if (f != face && current.length() > 0) {
				runs.add(new Run(this.loaded.font(face), current.toString()));
				current.setLength(0);
			}
			face = f;
			current.appendCodePoint(c);
		}
		if (current.length() > 0) {
			runs.add(new Run(this.loaded.font(face), current.toString()));
		}
		return runs;
	}

	float width(String text, float size) {
		return width(text, size, 0);
	}

	/** The width of the text at the size, with extra space after every character. */
	float width(String text, float size, float spacing) {
		float width = 0;
		for (Run run : runs(text)) {
			width += run.width(size) + spacing * run.text().codePointCount(0, run.text().length());
		}
		return width;
	}

	/** Shows the text with its baseline starting at (x, y). */
	void show(PDPageContentStream page, String text, float x, float y, Style style) throws IOException {
		page.setNonStrokingColor(style.color());
		if (style.bold()) {
			page.setStrokingColor(style.color());
			page.setLineWidth(style.size() * 0.035f);
		}
		float at = x;
		for (Run run : runs(text)) {
			page.beginText();
			page.setFont(run.font(), style.size());
			page.setRenderingMode(style.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
			page.setCharacterSpacing(style.spacing());
			page.newLineAtOffset(at, y);
			page.showText(run.text());
			page.endText();
			at += run.width(style.size()) + style.spacing() * run.text().codePointCount(0, run.text().length());
		}
	}

	void showCentred(PDPageContentStream page, String text, float centre, float y, Style style) throws IOException {
		float width = width(text, style.size(), style.spacing()) - style.spacing();
		show(page, text, centre - width / 2, y, style);
	}

	void showRight(PDPageContentStream page, String text, float right, float y, Style style) throws IOException {
		show(page, text, right - width(text, style.size(), style.spacing()), y, style);
	}

	/**
	 * The text broken into lines no wider than the width: Chinese between any two
	 * characters, Latin words at spaces, closing punctuation never at a line's start. A
	 * newline always breaks.
	 */
	List<String> wrap(String text, float size, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			wrapParagraph(paragraph, size, width, lines);
		}
		return lines;
	}

	private void wrapParagraph(String text, float size, float width, List<String> lines) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			String candidate = line + new String(Character.toChars(c));
			if (line.length() == 0 || width(candidate, size) <= width || CLOSING.indexOf(c) >= 0) {
				line.appendCodePoint(c);
				continue;
			}
			int space = line.lastIndexOf(" ");
			if (isWordCharacter(c) && space > 0
					&& line.substring(space + 1).codePoints().allMatch(this::isWordCharacter)) {
				lines.add(line.substring(0, space));
				line.delete(0, space + 1);
			}
			else {
				lines.add(line.toString().stripTrailing());
				line.setLength(0);
			}
			if (c != ' ') {
				line.appendCodePoint(c);
			}
		}
		lines.add(line.toString());
	}

	private boolean isWordCharacter(int c) {
		return c < 0x2E80 && Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '/' || c == '@';
	}

	/** A stretch of text in one font. */
	record Run(PDType0Font font, String text) {

		float width(float size) {
			try {
				return this.font.getStringWidth(this.text) / 1000 * size;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** How text looks: size, colour, letter spacing, and a stroked bold. */
	record Style(float size, Color color, float spacing, boolean bold) {

		static Style of(float size, Color color) {
			return new Style(size, color, 0, false);
		}

		Style heavy() {
			return new Style(this.size, this.color, this.spacing, true);
		}

		Style spaced(float spacing) {
			return new Style(this.size, this.color, spacing, this.bold);
		}

	}

}
