package org.practica.certificate;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.practica.ApiTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A certificate batch whose instance stopped while it ran is taken up again once it has
 * not moved on for a while, by one run only, and goes on from where it was.
 */
class CertificateBatchResumeTests extends ApiTestSupport {

	@Autowired
	private CertificateBatchKeeper keeper;

	@Autowired
	private CertificateBatches batches;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aStalledBatchIsTakenUpOnceAndIssuesOnlyWhatItHadNotIssued() throws Exception {
		World world = world();
		Served one = verified(world);
		Served two = verified(world);
		String admin = token(world.collegeAdmin());
		String batch = read(postAs(admin,
				"{\"organisationId\":\"" + world.college().getId()
						+ "\",\"from\":\"2026-11-01\",\"to\":\"2026-11-11\"}",
				"/api/v1/certificate-batches")
			.andExpect(status().isAccepted()), "$.id");
		awaitDone(admin, batch);

		// the batch's instance stopped after these two, before a third student it would
		// have found: it is left running, its progress as it was
		Served three = verified(world);
		this.jdbc
			.sql("update certificate_batch set status = 'RUNNING', finished_at = null, done_count = 1, "
					+ "issued_count = 1, failed_count = 1 where id = ?")
			.params(Long.valueOf(batch))
			.update();

		// not yet stalled: nobody takes it up
		assertThat(this.batches.stalled()).isEmpty();

		this.clock.advance(Duration.ofMinutes(6));
		assertThat(this.batches.stalled()).containsExactly(Long.valueOf(batch));
		// two instances' keepers look at once: two runs, of which one takes it
		this.keeper.takeUpStalled();
		this.keeper.takeUpStalled();
		awaitDone(admin, batch);
		assertThat(this.batches.stalled()).isEmpty();

		getAs(admin, "/api/v1/certificate-batches/{id}", batch).andExpect(jsonPath("$.students").value(3))
			.andExpect(jsonPath("$.done").value(3))
			.andExpect(jsonPath("$.issued").value(3))
			.andExpect(jsonPath("$.failed").value(0))
			.andExpect(jsonPath("$.percent").value(100));
		for (Served served : new Served[] { one, two, three }) {
			assertThat(this.jdbc.sql("select count(*) from certificate where batch_id = ? and student_id = ?")
				.params(Long.valueOf(batch), served.student().getId())
				.query(Long.class)
				.single()).as("certificates of %s", served.student().getUsername()).isEqualTo(1);
		}
	}

	private Served verified(World world) throws Exception {
		Served served = served(world);
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", served.entry())
			.andExpect(status().isOk());
		return served;
	}

	private void awaitDone(String admin, String batch) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> "DONE".equals(read(getAs(admin, "/api/v1/certificate-batches/{id}", batch), "$.status")));
	}

}
