package org.practica.certificate;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificate PDF: Chinese text set in the shipped fonts and readable back out of the
 * file, every font embedded, long lists carried over the page, and characters no font has
 * printed as a mark instead of failing.
 */
class CertificatePdfTests {

	private static final CertificateFonts FONTS = new CertificateFonts();

	private final CertificatePdf pdf = new CertificatePdf(FONTS, messages());

	@Test
	void theTextOfTheCertificateCanBeReadBackInChinese() throws IOException {
		Certificate certificate = certificate("张思睿", "2023104217", lines(3));
		byte[] bytes = render(certificate);
		keep("certificate-sample.pdf", bytes);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f,
					org.assertj.core.data.Offset.offset(0.1f));
			String text = new PDFTextStripper().getText(document);
			assertThat(text.replace(" ", "")).contains("志愿服务证明");
			assertThat(text).contains("张思睿", "2023104217", "PRC-2026-000042", "湖南工学院", "计算机与信息科学学院", "石鼓社区", "墙绘", "合计",
					"14.5", "特此证明", "2026年7月1日");
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
		}
	}

	@Test
	void aLongListGoesOnOverThePageWithItsHeader() throws IOException {
		byte[] bytes = render(certificate("李娜", "2022001", lines(40)));
		keep("certificate-long.pdf", bytes);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			assertThat(stripper.getText(document)).contains("李娜的志愿服务证明（续表）", "服务项目", "第 2 页");
		}
	}

	@Test
	void aNameWithCharactersNoFontHasStillPrints() throws IOException {
		byte[] bytes = render(certificate("王\uD840\uDC00明 Müller·Ōta", null, lines(1)));
		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertThat(new PDFTextStripper().getText(document)).contains("王〓明 Müller·Ōta");
		}
	}

	@Test
	void theQrCodeLeadsToTheVerificationPage() throws Exception {
		Certificate certificate = certificate("张思睿", "2023104217", lines(3));
		try (PDDocument document = Loader.loadPDF(render(certificate))) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
			int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
			BinaryBitmap bitmap = new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
			assertThat(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText())
				.isEqualTo("http://localhost:8080/verify/K7Q2MZ4XW3RJ5TBN6PLC2VHD7YFG4SAE");
		}
	}

	@Test
	void theSameCertificateGivesTheSameFile() {
		Certificate certificate = certificate("张思睿", "2023104217", lines(2));
		assertThat(render(certificate)).isEqualTo(render(certificate));
	}

	@Test
	void verificationCodesAreLongRandomAndUrlSafe() {
		String code = Certificates.newCode();
		assertThat(code).matches(Certificates.CODE.pattern());
		assertThat(Certificates.newCode()).isNotEqualTo(code);
		assertThat(certificate("张思睿", null, lines(1)).getGroupedCode())
			.isEqualTo("K7Q2 MZ4X W3RJ 5TBN 6PLC 2VHD 7YFG 4SAE");
	}

	private byte[] render(Certificate certificate) {
		return this.pdf.render(certificate, "http://localhost:8080/verify/" + certificate.getVerificationCode(),
				"http://localhost:8080/verify", ZoneId.of("Asia/Shanghai"));
	}

	static Certificate certificate(String name, String studentNumber, List<CertificateLine> lines) {
		Certificate.Builder b = new Certificate.Builder();
		b.number = "PRC-2026-000042";
		b.verificationCode = "K7Q2MZ4XW3RJ5TBN6PLC2VHD7YFG4SAE";
		b.studentId = 1L;
		b.studentName = name;
		b.studentNumber = studentNumber;
		b.studentOrganisationId = 2L;
		b.studentOrganisationPath = "/1/2/";
		b.collegeName = "计算机与信息科学学院";
		b.universityName = "湖南工学院";
		b.periodFrom = LocalDate.of(2026, 3, 1);
		b.periodTo = LocalDate.of(2026, 6, 30);
		b.issuerId = 1L;
		b.issuerName = "湖南工学院";
		b.issuedAt = Instant.parse("2026-07-01T02:30:00Z");
		b.issuedBy = "zhang.sirui";
		b.lines = lines;
		Certificate certificate = b.build();
		ReflectionTestUtils.setField(certificate, "id", 42L);
		return certificate;
	}

	static List<CertificateLine> lines(int count) {
		String[][] projects = { { "石鼓社区文化墙墙绘", "石鼓社区" }, { "“四点半课堂”课后托管与作业辅导", "青山街道幸福社区" },
				{ "老年人智能手机使用培训（第二期）", "珠晖区东风路社区" } };
		BigDecimal[] hours = { new BigDecimal("6"), new BigDecimal("4.5"), new BigDecimal("4") };
		List<CertificateLine> lines = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LocalDate first = LocalDate.of(2026, 3, 7).plusDays(3L * i);
			lines.add(new CertificateLine(100L + i, projects[i % 3][0], 200L + i, projects[i % 3][1], first,
					i % 3 == 2 ? first : first.plusDays(i % 3 + 1), Certificate.hours(hours[i % 3])));
		}
		return lines;
	}

	private static void keep(String name, byte[] pdf) throws IOException {
		Path dir = Path.of("target", "certificates");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name), pdf);
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
