package org.practica.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.filters.ImageFilter;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

import org.springframework.web.multipart.MultipartFile;

/**
 * A photo someone uploaded, taken only when its content is a JPEG or a PNG of at most 10
 * MB, and stored as a new image: turned upright by its EXIF orientation, then encoded
 * afresh, so that nothing of the original's metadata (GPS position, capture time, camera
 * serial, comments) survives. Photos often show children.
 *
 * @param contentType {@code image/jpeg} or {@code image/png}, as the content showed
 * @param extension {@code jpg} or {@code png}
 * @param bytes the clean image
 * @param width its width in pixels, upright
 * @param height its height in pixels, upright
 * @param thumbnail the clean image at most {@value #THUMBNAIL_SIZE} pixels on its long
 * side
 * @param sha256 the SHA-256 of the original upload, in hex
 */
public record UploadedImage(String contentType, String extension, byte[] bytes, int width, int height, byte[] thumbnail,
		String sha256) {

	/** The long side of a thumbnail, in pixels. */
	public static final int THUMBNAIL_SIZE = 480;

	/** Larger pictures are refused before they are decoded (a decompression bomb). */
	static final long MAX_PIXELS = 50_000_000L;

	/**
	 * Checks and cleans a photo. A missing or empty file is a 400 on {@code field} with
	 * the message {@code messages + ".required"}; one larger than 10 MB a 422 with
	 * {@code ".too-large"}; one that is not a readable JPEG or PNG by its content,
	 * whatever it is called, a 422 with {@code ".type"}.
	 * @param file the upload, possibly missing
	 * @param field the form field it came in
	 * @param messages the prefix of the refusals' message keys
	 */
	public static UploadedImage clean(MultipartFile file, String field, String messages) {
		if (file == null || file.isEmpty()) {
			throw FieldProblem.invalid(field, messages + ".required");
		}
		if (file.getSize() > UploadedFile.MAX_BYTES) {
			throw FieldProblem.unprocessable(field, messages + ".too-large");
		}
		try {
			byte[] bytes = file.getBytes();
			String type = UploadedFile.documentType(bytes);
			if (type != null) {
				// a name that says another type than the content is refused, naming both
				UploadedFile.checkName(field, file.getOriginalFilename(), type);
			}
			return cleanBytes(bytes, field, messages);
		}
		catch (IOException ex) {
			throw FieldProblem.unprocessable(field, messages + ".type");
		}
	}

	static UploadedImage cleanBytes(byte[] original, String field, String messages) throws IOException {
		String type = UploadedFile.documentType(original);
		if (!"image/jpeg".equals(type) && !"image/png".equals(type)) {
			throw FieldProblem.unprocessable(field, messages + ".type");
		}
		BufferedImage image = decode(original);
		if (image == null) {
			throw FieldProblem.unprocessable(field, messages + ".type");
		}
		String format = "image/jpeg".equals(type) ? "jpg" : "png";
		ImageFilter turn = ExifFilterUtils.getFilterForOrientation(orientation(original));
		BufferedImage upright = (turn == null) ? image : turn.apply(image);
		byte[] clean = encode(Thumbnails.of(upright).scale(1.0), format);
		byte[] thumbnail = encode(Thumbnails.of(upright).size(THUMBNAIL_SIZE, THUMBNAIL_SIZE), format);
		return new UploadedImage(type, format, clean, upright.getWidth(), upright.getHeight(), thumbnail,
				Sha256.hex(original));
	}

	/** The image's pixels, or null when it is not a readable image or too large a one. */
	private static BufferedImage decode(byte[] bytes) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (input == null || !readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					return null;
				}
				return reader.read(0);
			}
			catch (IOException | RuntimeException ex) {
				return null;
			}
			finally {
				reader.dispose();
			}
		}
	}

	/** The EXIF orientation (metadata-extractor); upright when there is none. */
	private static Orientation orientation(byte[] bytes) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
			ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
			if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
				Orientation orientation = Orientation.typeOf(exif.getInt(ExifIFD0Directory.TAG_ORIENTATION));
				return orientation == null ? Orientation.TOP_LEFT : orientation;
			}
		}
		catch (ImageProcessingException | MetadataException | IOException ex) {
			// unreadable metadata: the picture is taken as it is
		}
		return Orientation.TOP_LEFT;
	}

	/** Writes the pixels afresh: the writers add no metadata of the original. */
	private static byte[] encode(Thumbnails.Builder<BufferedImage> builder, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		builder.outputFormat(format);
		if ("jpg".equals(format)) {
			builder.outputQuality(0.9);
		}
		builder.toOutputStream(out);
		return out.toByteArray();
	}

}
