package org.practica;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

import org.springframework.mock.web.MockMultipartFile;

/**
 * Photos for tests, made as a phone makes them: a JPEG carrying a GPS position, a capture
 * time, a camera serial and an EXIF orientation (written by Apache Commons Imaging), and
 * a way to read back what metadata a stored file still has (metadata-extractor).
 * <p>
 * The pictures are stored wider than high with their top-left quarter red, so that a test
 * can tell whether the orientation was honoured.
 */
public final class TestPhotos {

	/** The capture time written into {@link #phoneJpeg}. */
	public static final String CAPTURED_AT = "2026:11:08 14:32:05";

	/** The camera serial written into {@link #phoneJpeg}. */
	public static final String SERIAL = "SN-4471-0093";

	private TestPhotos() {
	}

	/**
	 * A JPEG of 400 × 200 pixels as stored, with GPS (27.1° N, 112.6° E), capture time,
	 * camera serial and the given EXIF orientation (1 upright, 6 turned 90° clockwise for
	 * display).
	 */
	public static byte[] phoneJpeg(int orientation) {
		try {
			byte[] plain = image(400, 200, "jpg");
			TiffOutputSet exif = new TiffOutputSet();
			TiffOutputDirectory root = exif.getOrCreateRootDirectory();
			root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
			root.add(TiffTagConstants.TIFF_TAG_MAKE, "PracticaPhone");
			root.add(TiffTagConstants.TIFF_TAG_DATE_TIME, CAPTURED_AT);
			TiffOutputDirectory details = exif.getOrCreateExifDirectory();
			details.add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, CAPTURED_AT);
			details.add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, SERIAL);
			exif.setGpsInDegrees(112.6, 27.1);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new ExifRewriter().updateExifMetadataLossless(plain, out, exif);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PNG of the given size with its top-left quarter red. */
	public static byte[] png(int width, int height) {
		return image(width, height, "png");
	}

	/** An upload of these bytes in the field {@code file}. */
	public static MockMultipartFile upload(String name, String contentType, byte[] bytes) {
		return new MockMultipartFile("file", name, contentType, bytes);
	}

	/** Bytes of the given length that are no image: too large to be taken. */
	public static byte[] megabytes(int count) {
		byte[] bytes = new byte[count * 1024 * 1024];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xD8;
		bytes[2] = (byte) 0xFF;
		return bytes;
	}

	/**
	 * What identifying metadata a file still carries, by metadata-extractor: any GPS tag,
	 * capture time, camera make, serial, or EXIF orientation. Empty when clean.
	 */
	public static String identifyingMetadata(byte[] bytes) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
			StringBuilder found = new StringBuilder();
			for (Directory directory : metadata.getDirectories()) {
				if (directory instanceof GpsDirectory || directory instanceof ExifIFD0Directory
						|| directory instanceof ExifSubIFDDirectory) {
					directory.getTags().forEach((tag) -> found.append(tag).append('\n'));
				}
			}
			return found.toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The picture's pixels. */
	public static BufferedImage read(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether the pixel is clearly red (JPEG blurs colours a little). */
	public static boolean red(BufferedImage image, int x, int y) {
		Color color = new Color(image.getRGB(x, y));
		return color.getRed() > 200 && color.getGreen() < 60 && color.getBlue() < 60;
	}

	private static byte[] image(int width, int height, String format) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width / 2, height / 2);
		graphics.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
