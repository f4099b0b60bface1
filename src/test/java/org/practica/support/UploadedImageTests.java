package org.practica.support;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.practica.TestPhotos;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UploadedImageTests {

	@Test
	void aPhoneJpegIsStoredWithoutItsPositionTimeOrSerial() {
		byte[] original = TestPhotos.phoneJpeg(1);
		assertThat(TestPhotos.identifyingMetadata(original)).contains("GPS", TestPhotos.SERIAL, "2026:11:08");

		UploadedImage image = UploadedImage.clean(TestPhotos.upload("p.jpg", "image/jpeg", original), "file", "photo");

		assertThat(image.contentType()).isEqualTo("image/jpeg");
		assertThat(TestPhotos.identifyingMetadata(image.bytes())).isEmpty();
		assertThat(TestPhotos.identifyingMetadata(image.thumbnail())).isEmpty();
		assertThat(image.sha256()).isEqualTo(Sha256.hex(original));
	}

	@Test
	void aPhotoIsTurnedUprightByItsOrientation() {
		// stored 400 × 200 with the red quarter top left; orientation 6 shows it turned
		// 90°
		// clockwise: 200 × 400, red top right
		UploadedImage image = UploadedImage.clean(TestPhotos.upload("p.jpg", "image/jpeg", TestPhotos.phoneJpeg(6)),
				"file", "photo");

		BufferedImage upright = TestPhotos.read(image.bytes());
		assertThat(upright.getWidth()).isEqualTo(200);
		assertThat(upright.getHeight()).isEqualTo(400);
		assertThat(image.width()).isEqualTo(200);
		assertThat(TestPhotos.red(upright, 150, 50)).isTrue();
		assertThat(TestPhotos.red(upright, 50, 50)).isFalse();
	}

	@Test
	void aThumbnailIsAtMost480PixelsOnItsLongSide() {
		UploadedImage image = UploadedImage.clean(TestPhotos.upload("big.png", "image/png", TestPhotos.png(1200, 900)),
				"file", "photo");

		BufferedImage thumbnail = TestPhotos.read(image.thumbnail());
		assertThat(image.contentType()).isEqualTo("image/png");
		assertThat(thumbnail.getWidth()).isEqualTo(480);
		assertThat(thumbnail.getHeight()).isEqualTo(360);
	}

	@Test
	void aPngNamedJpgIsRefusedAsADisguisedFile() {
		MockMultipartFile disguised = TestPhotos.upload("photo.jpg", "image/jpeg", TestPhotos.png(40, 30));

		assertThatExceptionOfType(FieldProblem.class).isThrownBy(() -> UploadedImage.clean(disguised, "file", "photo"))
			.satisfies((problem) -> assertThat(problem.errors().get(0).messageKey()).isEqualTo("upload.name-mismatch"))
			.satisfies(
					(problem) -> assertThat(problem.errors().get(0).arguments()).containsExactly("photo.jpg", "PNG"));
		assertThat(UploadedImage
			.clean(TestPhotos.upload("photo.png", "image/png", TestPhotos.png(40, 30)), "file", "photo")
			.contentType()).isEqualTo("image/png");
		assertThat(
				UploadedImage.clean(TestPhotos.upload("camera", "image/png", TestPhotos.png(40, 30)), "file", "photo")
					.contentType())
			.isEqualTo("image/png");
	}

	@Test
	void aFileThatIsNoImageIsRefusedWhateverItIsCalled() {
		MockMultipartFile pdf = TestPhotos.upload("photo", "image/jpeg", "%PDF-1.7\n%%EOF".getBytes());

		assertThatExceptionOfType(FieldProblem.class).isThrownBy(() -> UploadedImage.clean(pdf, "file", "photo"))
			.satisfies((problem) -> assertThat(problem.errors()).singleElement()
				.satisfies((error) -> assertThat(error.messageKey()).isEqualTo("photo.type")));
		MockMultipartFile named = TestPhotos.upload("photo.jpg", "image/jpeg", "%PDF-1.7\n%%EOF".getBytes());
		assertThatExceptionOfType(FieldProblem.class).isThrownBy(() -> UploadedImage.clean(named, "file", "photo"))
			.satisfies((problem) -> assertThat(problem.errors().get(0).messageKey()).isEqualTo("upload.name-mismatch"));
	}

	@Test
	void aFileOver10MegabytesIsRefused() {
		MockMultipartFile large = TestPhotos.upload("big.jpg", "image/jpeg", TestPhotos.megabytes(11));

		assertThatExceptionOfType(FieldProblem.class).isThrownBy(() -> UploadedImage.clean(large, "file", "photo"))
			.satisfies((problem) -> assertThat(problem.errors().get(0).messageKey()).isEqualTo("photo.too-large"));
	}

	@Test
	void aMissingFileIsABadRequest() {
		assertThatExceptionOfType(FieldProblem.class)
			.isThrownBy(() -> UploadedImage.clean((MockMultipartFile) null, "file", "photo"))
			.satisfies((problem) -> assertThat(problem.errors().get(0).field()).isEqualTo("file"));
	}

}
