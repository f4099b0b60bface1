package org.practica.record;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.practica.directory.Account;
import org.practica.directory.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The record in five parts for the student and the admins over them, its PDF; bulk
 * certificates for a college with the identity on them; a university's review first.
 */
class RecordTests extends RecordTestSupport {

	@Test
	void theRecordHasFivePartsAndEmptyOnesSaySo() throws Exception {
		World world = world();
		Served served = verified(world);
		String student = token(served.student());
		getAs(student, "/api/v1/me/record").andExpect(status().isOk())
			.andExpect(jsonPath("$.person.name").value(served.student().getDisplayName()))
			.andExpect(jsonPath("$.person.college").value(world.college().getName()))
			.andExpect(jsonPath("$.service[0].project").value("项目需求"))
			.andExpect(jsonPath("$.service[0].community").value(world.community().getName()))
			.andExpect(jsonPath("$.service[0].firstDay").value("2026-11-11"))
			.andExpect(jsonPath("$.totalHours").value(1.5))
			.andExpect(jsonPath("$.trainingKept").value(true))
			.andExpect(jsonPath("$.training").isEmpty())
			.andExpect(jsonPath("$.awards").isEmpty())
			.andExpect(jsonPath("$.evaluations").isEmpty());
		String page = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/me/record")
				.header("Accept-Language", "en")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(this.accounts.actingAs(served.student().getUsername()))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("项目需求", "暂无完成的培训。", "暂无表彰奖励。", "暂无收到的评价。");
		byte[] pdf = getAs(token(world.collegeAdmin()), "/api/v1/records/students/{id}/pdf", served.student().getId())
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(pdf)).contains("志愿服务记录", "项目需求", "暂无表彰奖励", "1.5");
	}

	@Test
	void onlyTheStudentAndTheAdminsOverThemReadIt() throws Exception {
		World world = world();
		World other = world();
		getAs(token(world.collegeAdmin()), "/api/v1/records/students/{id}", world.student().getId())
			.andExpect(status().isOk());
		getAs(token(world.universityAdmin()), "/api/v1/records/students/{id}", world.student().getId())
			.andExpect(status().isOk());
		getAs(token(other.collegeAdmin()), "/api/v1/records/students/{id}", world.student().getId())
			.andExpect(status().isNotFound());
		getAs(token(other.student()), "/api/v1/records/students/{id}", world.student().getId())
			.andExpect(status().isNotFound());
		getAs(token(world.communityAdmin()), "/api/v1/records/students/{id}/pdf", world.student().getId())
			.andExpect(status().isNotFound());
	}

	@Test
	void aCollegeGetsItsCertificatesInOneActionAsAZipOfPdfs() throws Exception {
		World world = world();
		Served one = verified(world);
		Served two = verified(world);
		served(world);
		String id = newIdWithX();
		identify(one.student(), id);
		String admin = token(world.collegeAdmin());
		postAs(admin, "{}", "/api/v1/certificate-batches").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organisationId"));
		String batch = read(postAs(admin,
				"{\"organisationId\":\"" + world.college().getId()
						+ "\",\"from\":\"2026-11-01\",\"to\":\"2026-11-11\"}",
				"/api/v1/certificate-batches")
			.andExpect(status().isAccepted()), "$.id");
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> "DONE".equals(read(getAs(admin, "/api/v1/certificate-batches/{id}", batch), "$.status")));
		getAs(admin, "/api/v1/certificate-batches/{id}", batch).andExpect(jsonPath("$.students").value(2))
			.andExpect(jsonPath("$.issued").value(2))
			.andExpect(jsonPath("$.percent").value(100));
		byte[] zip = getAs(admin, "/api/v1/certificate-batches/{id}/zip", batch).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<byte[]> pdfs = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				assertThat(entry.getName()).endsWith(".pdf");
				pdfs.add(in.readAllBytes());
			}
		}
		assertThat(pdfs).hasSize(2);
		List<String> texts = new ArrayList<>();
		for (byte[] pdf : pdfs) {
			texts.add(text(pdf));
		}
		assertThat(texts).anySatisfy(t -> assertThat(t).contains(masked(id), "居民身份证", "1.5")
			.doesNotContain(id)
			.contains(one.student().getDisplayName()));
		// another college's admin sees no batch
		getAs(token(world().collegeAdmin()), "/api/v1/certificate-batches/{id}", batch)
			.andExpect(status().isNotFound());
		getAs(token(one.student()), "/api/v1/certificate-batches/{id}/zip", batch).andExpect(status().isNotFound());
	}

	@Test
	void aUniversityThatReviewsFirstQueuesCertificatesUntilItsAdminIssuesThem() throws Exception {
		World world = world();
		Served served = verified(world);
		String university = token(world.universityAdmin());
		putAs(token(world.collegeAdmin()), "{\"reviewRequired\":true}", "/api/v1/organisations/{id}/certificate-policy",
				world.university().getId())
			.andExpect(status().isNotFound());
		putAs(university, "{\"reviewRequired\":true}", "/api/v1/organisations/{id}/certificate-policy",
				world.university().getId())
			.andExpect(jsonPath("$.reviewRequired").value(true));
		String review = read(
				postAs(token(served.student()),
						"{\"studentId\":\"" + served.student().getId()
								+ "\",\"from\":\"2026-11-01\",\"to\":\"2026-11-11\"}",
						"/api/v1/certificates")
					.andExpect(status().isAccepted())
					.andExpect(jsonPath("$.status").value("PENDING")),
				"$.reviewId");
		getAs(university, "/api/v1/organisations/{id}/certificate-reviews", world.university().getId())
			.andExpect(jsonPath("$[0].id").value(review));
		postAs(token(world.collegeAdmin()), null, "/api/v1/certificate-reviews/{id}/approve", review)
			.andExpect(status().isNotFound());
		postAs(university, null, "/api/v1/certificate-reviews/{id}/approve", review).andExpect(status().isCreated())
			.andExpect(jsonPath("$.totalHours").value(1.5));
		postAs(university, null, "/api/v1/certificate-reviews/{id}/approve", review).andExpect(status().isConflict());
		putAs(university, "{\"reviewRequired\":false}", "/api/v1/organisations/{id}/certificate-policy",
				world.university().getId());
		Account student = served.student();
		postAs(token(student),
				"{\"studentId\":\"" + student.getId() + "\",\"from\":\"2026-11-01\",\"to\":\"2026-11-11\"}",
				"/api/v1/certificates")
			.andExpect(status().isCreated());
		assertThat(user(Role.STUDENT, world.college())).isNotNull();
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
