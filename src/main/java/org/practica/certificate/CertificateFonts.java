package org.practica.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The two fonts shipped for the certificate (see {@code fonts/README.md}): Droid Sans
 * Fallback for Chinese, Noto Sans for Latin letters and digits. They are read once; each
 * document embeds only the glyphs it uses.
 */
@Component
class CertificateFonts {

	/** Printed for a character neither font has: the geta mark of Chinese typesetting. */
	static final int MISSING = 0x3013;

	private final byte[] chinese;

	private final byte[] latin;

	private final BitSet chineseCoverage;

	private final BitSet latinCoverage;

	CertificateFonts() {
		this.chinese = read("fonts/DroidSansFallback-GBK.ttf");
		this.latin = read("fonts/NotoSans-Latin.ttf");
		this.chineseCoverage = coverage(this.chinese);
		this.latinCoverage = coverage(this.latin);
	}

	/** The fonts, loaded into a document. */
	Loaded load(PDDocument document) throws IOException {
		return new Loaded(PDType0Font.load(document, new ByteArrayInputStream(this.chinese), true),
				PDType0Font.load(document, new ByteArrayInputStream(this.latin), true));
	}

	/**
	 * Which font prints a character: Latin letters, digits and punctuation from the Latin
	 * font, everything else from the Chinese one; {@code null} when neither has it.
	 */
	Face faceOf(int codePoint) {
		boolean latin = this.latinCoverage.get(codePoint);
		if (latin && codePoint < 0x2E80) {
			return Face.LATIN;
		}
		if (this.chineseCoverage.get(codePoint)) {
			return Face.CHINESE;
		}
		return latin ? Face.LATIN : null;
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The certificate font " + path + " is missing", ex);
		}
	}

	private static BitSet coverage(byte[] font) {
		try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
			CmapLookup cmap = ttf.getUnicodeCmapLookup();
			BitSet covered = new BitSet(0x10000);
			for (int c = 0x20; c < 0x10000; c++) {
				if (!Character.isISOControl(c) && cmap.getGlyphId(c) > 0) {
					covered.set(c);
				}
			}
			return covered;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	enum Face {

		CHINESE, LATIN

	}

	/** The two fonts as one document uses them. */
	record Loaded(PDType0Font chinese, PDType0Font latin) {

		PDType0Font font(Face face) {
			return face == Face.CHINESE ? this.chinese : this.latin;
		}

	}

}
