package org.practica.outcome;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.practica.TestPhotos;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Outcome reports through the API: written as drafts that only their editors see,
 * published for everyone, figures checked field by field, photos cleaned of their
 * metadata and turned upright, refused photos leaving nothing behind, and searched by
 * text, organisation and direction.
 */
class OutcomeReportApiTests extends OutcomeTestSupport {

	@Test
	void aDraftIsSeenOnlyByItsEditorsUntilPublishedThenByEveryone() throws Exception {
		World world = world();
		World other = world();
		String project = project(world);
		String leader = token(world.teamLeader());
		String created = postAs(leader,
				reportJson("首场直播", "第一段。\\n\\n第二段。", "2026-11-01",
						figure("VIEWERS", 280, "直播平台后台截图") + "," + figure("LIKES", 6378, "直播平台后台截图")),
				"/api/v1/projects/{id}/outcome-reports", project)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/outcome-reports/")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.figures[1].value").value(6378))
			.andExpect(jsonPath("$.figures[0].source").value("直播平台后台截图"))
			.andExpect(jsonPath("$.paragraphs.length()").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String report = com.jayway.jsonpath.JsonPath.read(created, "$.id");

		getAs(token(world.communityAdmin()), "/api/v1/outcome-reports/{id}", report).andExpect(status().isOk())
			.andExpect(jsonPath("$.editable").value(true));
		getAs(null, "/api/v1/outcome-reports/{id}", report).andExpect(status().isNotFound());
		getAs(token(world.districtAdmin()), "/api/v1/outcome-reports/{id}", report).andExpect(status().isNotFound());
		getAs(token(world.student()), "/api/v1/outcome-reports/{id}", report).andExpect(status().isNotFound());
		getAs(token(other.teamLeader()), "/api/v1/outcome-reports/{id}", report).andExpect(status().isNotFound());
		getAs(null, "/api/v1/outcome-reports?projectId={p}", project).andExpect(jsonPath("$.total").value(0));
		getAs(leader, "/api/v1/outcome-reports?projectId={p}", project).andExpect(jsonPath("$.total").value(1));

		postAs(leader, null, "/api/v1/outcome-reports/{id}/publish", report).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.publishedAt").value(containsString("+08:00")));
		getAs(null, "/api/v1/outcome-reports/{id}", report).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("首场直播"))
			.andExpect(jsonPath("$.editable").value(false));
		getAs(null, "/api/v1/outcome-reports?projectId={p}", project).andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(report));
		postAs(leader, null, "/api/v1/outcome-reports/{id}/publish", report).andExpect(status().isConflict());
		putAs(leader, reportJson("改", "改", "2026-11-01", ""), "/api/v1/outcome-reports/{id}", report)
			.andExpect(status().isConflict());
	}

	@Test
	void aDraftIsRewrittenWithPut() throws Exception {
		World world = world();
		String project = project(world);
		String community = token(world.communityAdmin());
		String report = draft(community, project, "初稿", figure("VIEWERS", 1, "x"));
		putAs(community, reportJson("定稿", "正文", "2026-11-02", figure("PEOPLE_SERVED", 40, "签到表")),
				"/api/v1/outcome-reports/{id}", report)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("定稿"))
			.andExpect(jsonPath("$.happenedOn").value("2026-11-02"))
			.andExpect(jsonPath("$.figures.length()").value(1))
			.andExpect(jsonPath("$.figures[0].metric").value("PEOPLE_SERVED"));
	}

	@Test
	void figuresAreWholeNumbersOfAKnownMetricAndEachBadOneIsNamed() throws Exception {
		World world = world();
		String project = project(world);
		String leader = token(world.teamLeader());
		postAs(leader, reportJson("t", "b", "2026-11-01", figure("VIEWERS", -1, "s")),
				"/api/v1/projects/{id}/outcome-reports", project)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("figures[0].value"))
			.andExpect(jsonPath("$.errors[0].message").value("The number may not be negative."));
		postAs(leader, reportJson("t", "b", "2026-11-01", figure("VIEWERS", 3, "s") + "," + figure("LIKES", 1.5, "s")),
				"/api/v1/projects/{id}/outcome-reports", project)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("figures[1].value"))
			.andExpect(jsonPath("$.errors[0].message").value("The number must be a whole number."));
		postAs(leader, reportJson("t", "b", "2026-11-01", figure("FOLLOWERS", 3, "s")),
				"/api/v1/projects/{id}/outcome-reports", project)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("figures[0].metric"));
		postAs(leader, reportJson("t", "b", "2026-11-01", "{\"metric\":\"LIKES\",\"value\":\"many\"}"),
				"/api/v1/projects/{id}/outcome-reports", project)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("figures[0].value"));
		postAs(leader, reportJson("", "", "2026-12-01", ""), "/api/v1/projects/{id}/outcome-reports", project)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("body")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("happenedOn")));
		getAs(leader, "/api/v1/outcome-reports?projectId={p}", project).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void aPhonePhotoIsServedWithoutItsPositionTimeOrSerialAndUpright() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String report = draft(leader, project(world), "照片", "");
		String url = read(upload(leader, report, TestPhotos.phoneJpeg(1), "phone.jpg").andExpect(status().isCreated())
			.andExpect(jsonPath("$.thumbnailUrl").value(containsString("/thumbnail"))), "$.url");
		MvcResult served = getAs(leader, url).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andReturn();
		byte[] bytes = served.getResponse().getContentAsByteArray();
		assertThat(TestPhotos.identifyingMetadata(TestPhotos.phoneJpeg(1))).contains(TestPhotos.SERIAL);
		assertThat(TestPhotos.identifyingMetadata(bytes)).isEmpty();
		assertThat(TestPhotos
			.identifyingMetadata(getAs(leader, url + "/thumbnail").andReturn().getResponse().getContentAsByteArray()))
			.isEmpty();

		String turned = read(upload(leader, report, TestPhotos.phoneJpeg(6), "turned.jpg"), "$.url");
		BufferedImage upright = TestPhotos
			.read(getAs(leader, turned).andReturn().getResponse().getContentAsByteArray());
		assertThat(upright.getWidth()).isEqualTo(200);
		assertThat(upright.getHeight()).isEqualTo(400);
		assertThat(TestPhotos.red(upright, 150, 50)).isTrue();
	}

	@Test
	void aPngNamedJpgIsRefusedAndAPngNamedPngTaken() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String report = draft(leader, project(world), "PNG", "");
		long files = storedFiles();
		upload(leader, report, TestPhotos.png(40, 30), "photo.jpg").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		assertThat(photoRows(report)).isZero();
		assertThat(storedFiles()).isEqualTo(files);
		String url = read(upload(leader, report, TestPhotos.png(40, 30), "photo.png").andExpect(status().isCreated()),
				"$.url");
		getAs(leader, url).andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"));
		assertThat(TestPhotos.read(getAs(leader, url).andReturn().getResponse().getContentAsByteArray()).getWidth())
			.isEqualTo(40);
	}

	@Test
	void aNonImageAndAnElevenMegabyteFileAreRefusedWithNothingSaved() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String report = draft(leader, project(world), "拒收", "");
		long files = storedFiles();
		upload(leader, report, "%PDF-1.7\n%%EOF".getBytes(), "photo.jpg").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"The file is named \"photo.jpg\" but its content is PDF: name it for what it holds, or choose the right file."));
		upload(leader, report, "%PDF-1.7\n%%EOF".getBytes(), "scan").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message")
				.value("Only JPEG and PNG photos can be uploaded, named for what they are (.jpg, .png)."));
		upload(leader, report, TestPhotos.megabytes(11), "big.jpg").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("The photo may be at most 10 MB."));
		assertThat(photoRows(report)).isZero();
		assertThat(storedFiles()).isEqualTo(files);
		getAs(leader, "/api/v1/outcome-reports/{id}", report).andExpect(jsonPath("$.photos.length()").value(0));
	}

	@Test
	void aReportHoldsAtMostTwentyPhotos() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String report = draft(leader, project(world), "二十张", "");
		byte[] png = TestPhotos.png(20, 20);
		for (int i = 0; i < 20; i++) {
			upload(leader, report, png, "p" + i + ".png").andExpect(status().isCreated());
		}
		long files = storedFiles();
		upload(leader, report, png, "p21.png").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("A report may have at most 20 photos."));
		assertThat(photoRows(report)).isEqualTo(20);
		assertThat(storedFiles()).isEqualTo(files);
		String first = read(getAs(leader, "/api/v1/outcome-reports/{id}", report), "$.photos[0].id");
		deleteAs(leader, "/api/v1/outcome-reports/{id}/photos/{p}", report, first).andExpect(status().isNoContent());
		upload(leader, report, png, "again.png").andExpect(status().isCreated());
	}

	@Test
	void aPhotoOfADraftIsRemovedWithItsFilesButNotOnceItIsPublished() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String report = draft(leader, project(world), "删除", "");
		String photo = read(upload(leader, report, TestPhotos.png(30, 30), "a.png"), "$.id");
		String url = read(getAs(leader, "/api/v1/outcome-reports/{id}", report), "$.photos[0].url");
		long files = storedFiles();
		deleteAs(leader, "/api/v1/outcome-reports/{id}/photos/{p}", report, photo).andExpect(status().isNoContent());
		assertThat(storedFiles()).isEqualTo(files - 2);
		getAs(leader, url).andExpect(status().isNotFound());
		String kept = read(upload(leader, report, TestPhotos.png(30, 30), "b.png"), "$.id");
		postAs(leader, null, "/api/v1/outcome-reports/{id}/publish", report).andExpect(status().isOk());
		deleteAs(leader, "/api/v1/outcome-reports/{id}/photos/{p}", report, kept).andExpect(status().isConflict());
		upload(leader, report, TestPhotos.png(30, 30), "c.png").andExpect(status().isConflict());
	}

	@Test
	void photosOfAPublishedReportArePublicAndCachedForAYearThoseOfADraftOnlyByItsEditors() throws Exception {
		World world = world();
		World other = world();
		String leader = token(world.teamLeader());
		String report = draft(leader, project(world), "缓存", "");
		String url = read(upload(leader, report, TestPhotos.phoneJpeg(1), "a.jpg"), "$.url");
		getAs(leader, url).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("private")))
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
		getAs(null, url).andExpect(status().isNotFound());
		getAs(token(other.teamLeader()), url + "/thumbnail").andExpect(status().isNotFound());
		this.mvc.perform(get(url.replace("/api/v1", ""))).andExpect(status().isNotFound());

		postAs(leader, null, "/api/v1/outcome-reports/{id}/publish", report).andExpect(status().isOk());
		getAs(null, url).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andExpect(header().string("Cache-Control", not(containsString("private"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		getAs(null, url + "/thumbnail").andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("Cache-Control", containsString("public")));
		this.mvc.perform(get(url.replace("/api/v1", "") + "/thumbnail"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"));
	}

	@Test
	void reportsAreFoundByTextOrganisationAndDirection() throws Exception {
		World one = world();
		World two = world();
		String word = unique("灯塔");
		String publicity = published(token(one.teamLeader()), project(one), word + "宣传", "");
		String legal = published(token(one.communityAdmin()), project(one, "LEGAL_AID"), "普法" + word, "");
		String elsewhere = published(token(two.teamLeader()), project(two), "另一区" + word, "");
		draft(token(one.teamLeader()), project(one), word + "草稿", "");

		getAs(null, "/api/v1/outcome-reports?q={q}", word).andExpect(jsonPath("$.total").value(3));
		getAs(null, "/api/v1/outcome-reports?q={q}&organisationId={o}", word, id(one.district()))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].id").value(hasItem(publicity)))
			.andExpect(jsonPath("$.items[*].id").value(hasItem(legal)));
		getAs(null, "/api/v1/outcome-reports?q={q}&organisationId={o}", word, id(one.college()))
			.andExpect(jsonPath("$.total").value(2));
		getAs(null, "/api/v1/outcome-reports?q={q}&organisationId={o}", word, id(two.university()))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(elsewhere));
		getAs(null, "/api/v1/outcome-reports?q={q}&direction=LEGAL_AID", word).andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(legal));
		getAs(null, "/api/v1/outcome-reports?q={q}&direction=PARTY_LEAGUE_AFFAIRS", word)
			.andExpect(jsonPath("$.total").value(2));
		getAs(null, "/api/v1/outcome-reports?q={q}", "普法" + word).andExpect(jsonPath("$.total").value(1));
		getAs(token(one.teamLeader()), "/api/v1/outcome-reports?q={q}", word).andExpect(jsonPath("$.total").value(4));
		getAs(token(two.teamLeader()), "/api/v1/outcome-reports?q={q}", word).andExpect(jsonPath("$.total").value(3));
		getAs(null, "/api/v1/outcome-reports?organisationId=999999999").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organisationId"));
	}

	@Test
	void nobodyOutsideTheProjectWritesReadsOrChangesItsReports() throws Exception {
		World world = world();
		World other = world();
		String project = project(world);
		String leader = token(world.teamLeader());
		String intruderLeader = token(other.teamLeader());
		String intruderCommunity = token(other.communityAdmin());
		String district = token(world.districtAdmin());
		Account member = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), member.getId());
		String body = reportJson("t", "b", "2026-11-01", "");

		postAs(intruderLeader, body, "/api/v1/projects/{id}/outcome-reports", project).andExpect(status().isNotFound());
		postAs(intruderCommunity, body, "/api/v1/projects/{id}/outcome-reports", project)
			.andExpect(status().isNotFound());
		postAs(district, body, "/api/v1/projects/{id}/outcome-reports", project).andExpect(status().isForbidden());
		postAs(token(member), body, "/api/v1/projects/{id}/outcome-reports", project).andExpect(status().isForbidden());
		postAs(null, body, "/api/v1/projects/{id}/outcome-reports", project).andExpect(status().isUnauthorized());

		String report = draft(leader, project, "草稿", "");
		String photo = read(upload(leader, report, TestPhotos.png(10, 10), "a.png"), "$.id");
		for (String intruder : new String[] { intruderLeader, intruderCommunity, district }) {
			getAs(intruder, "/api/v1/outcome-reports/{id}", report).andExpect(status().isNotFound());
			putAs(intruder, body, "/api/v1/outcome-reports/{id}", report).andExpect(status().isNotFound());
			postAs(intruder, null, "/api/v1/outcome-reports/{id}/publish", report).andExpect(status().isNotFound());
			upload(intruder, report, TestPhotos.png(10, 10), "b.png").andExpect(status().isNotFound());
			deleteAs(intruder, "/api/v1/outcome-reports/{id}/photos/{p}", report, photo)
				.andExpect(status().isNotFound());
			getAs(intruder, "/api/v1/outcome-reports/{id}/photos/{p}", report, photo).andExpect(status().isNotFound());
		}
		postAs(null, null, "/api/v1/outcome-reports/{id}/publish", report).andExpect(status().isUnauthorized());

		postAs(leader, null, "/api/v1/outcome-reports/{id}/publish", report).andExpect(status().isOk());
		for (String intruder : new String[] { intruderLeader, intruderCommunity, district }) {
			getAs(intruder, "/api/v1/outcome-reports/{id}", report).andExpect(status().isOk());
			putAs(intruder, body, "/api/v1/outcome-reports/{id}", report).andExpect(status().isForbidden());
			postAs(intruder, null, "/api/v1/outcome-reports/{id}/publish", report).andExpect(status().isForbidden());
			upload(intruder, report, TestPhotos.png(10, 10), "b.png").andExpect(status().isForbidden());
			deleteAs(intruder, "/api/v1/outcome-reports/{id}/photos/{p}", report, photo)
				.andExpect(status().isForbidden());
		}
		assertThat(photoRows(report)).isEqualTo(1);
	}

}
