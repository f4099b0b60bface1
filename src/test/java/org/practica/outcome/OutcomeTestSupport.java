package org.practica.outcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.practica.ApiTestSupport;
import org.practica.TestPhotos;
import org.practica.directory.Organisation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reports, photos and projects of chosen directions for the outcome tests. */
abstract class OutcomeTestSupport extends ApiTestSupport {

	static final Path FILES = Path.of("target/test-files/outcome");

	@Autowired
	JdbcClient jdbc;

	static String reportJson(String title, String body, String happenedOn, String figures) {
		return """
				{"title":"%s","body":"%s","happenedOn":"%s","figures":[%s]}
				""".formatted(title, body, happenedOn, figures);
	}

	static String figure(String metric, Object value, String source) {
		return "{\"metric\":\"%s\",\"value\":%s,\"source\":\"%s\"}".formatted(metric, value, source);
	}

	/** A draft about the project, by the given token's person: its id. */
	String draft(String token, String project, String title, String figures) throws Exception {
		return read(postAs(token, reportJson(title, "第一段。\\n\\n第二段。", "2026-11-01", figures),
				"/api/v1/projects/{id}/outcome-reports", project)
			.andExpect(status().isCreated()), "$.id");
	}

	/** A published report about the project: its id. */
	String published(String token, String project, String title, String figures) throws Exception {
		String id = draft(token, project, title, figures);
		postAs(token, null, "/api/v1/outcome-reports/{id}/publish", id).andExpect(status().isOk());
		return id;
	}

	ResultActions upload(String token, String report, MockMultipartFile file, String caption) throws Exception {
		return this.mvc.perform(multipart("/api/v1/outcome-reports/{id}/photos", report).file(file)
			.param("caption", caption)
			.header("Accept-Language", "en")
			.header("Authorization", "Bearer " + token));
	}

	ResultActions upload(String token, String report, byte[] bytes, String name) throws Exception {
		return upload(token, report, TestPhotos.upload(name, "image/jpeg", bytes), "照片");
	}

	long photoRows(String report) {
		return this.jdbc.sql("select count(*) from outcome_photo where report_id = ?")
			.param(Long.valueOf(report))
			.query(Long.class)
			.single();
	}

	static long storedFiles() throws IOException {
		if (!Files.exists(FILES)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(FILES)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	/**
	 * A project of the world's community and team whose need is in the given direction.
	 */
	String project(World world, String direction) throws Exception {
		String community = token(world.communityAdmin());
		String leader = token(world.teamLeader());
		String need = read(postAs(community,
				needJson(world.community(), "项目需求", direction, "", 5, "2026-01-01", "2030-12-31"), "/api/v1/needs"),
				"$.id");
		postAs(community, null, "/api/v1/needs/{id}/publish", need);
		String offer = read(
				postAs(leader, offerJson(world.team(), "项目服务", "\"" + direction + "\"", "", 5), "/api/v1/offers"),
				"$.id");
		postAs(leader, null, "/api/v1/offers/{id}/publish", offer);
		String pair = "{\"needId\":\"" + need + "\",\"offerId\":\"" + offer + "\"}";
		postAs(community, pair, "/api/v1/interests");
		return read(postAs(leader, pair, "/api/v1/interests"), "$.projectId");
	}

	static String id(Organisation organisation) {
		return organisation.getId().toString();
	}

}
