package org.practica.election;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.club.ClubOffices;
import org.practica.club.Clubs;
import org.practica.club.Office;
import org.practica.directory.Account;
import org.practica.directory.Role;
import org.practica.notice.Notices;
import org.practica.support.Sha256;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ElectionApiTests extends ApiTestSupport {

	@Autowired
	Clubs clubs;

	@Autowired
	Elections elections;

	@Autowired
	ElectionJobs jobs;

	@Autowired
	ClubOffices offices;

	@Autowired
	Notices notices;

	@Autowired
	ElectionChainCheck chainCheck;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	ElectionFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new ElectionFixture(this.organisations, this.accounts, this.clubs, this.elections, this.clock);
	}

	private String ballot(Account voter, Long election, Long candidate) throws Exception {
		return read(postAs(token(voter), "{\"candidateId\":\"" + candidate + "\"}", "/api/v1/elections/{id}/ballots",
				election)
			.andExpect(status().isCreated()), "$.tracker");
	}

	@Test
	void anOfficerCallsOverTheApiAndTheRollIsFrozenAtTheCutoffWithItsFingerprint() throws Exception {
		ElectionFixture.Setup s = this.fixture.club(6);
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), this.clock.getZone());
		String body = """
				{"office":"PRESIDENT","rollCutoff":"%s","nominationsClose":"%s","opensAt":"%s","closesAt":"%s"}
				""".formatted(now, now.plusDays(1), now.plusDays(2), now.plusDays(3));
		String id = read(postAs(token(s.officer()), body, "/api/v1/clubs/{id}/elections", s.club().getId())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.method").value("PLURALITY"))
			.andExpect(jsonPath("$.tieRule").value("RUNOFF"))
			.andExpect(jsonPath("$.stage").value("NOMINATING"))
			.andExpect(jsonPath("$.rollCount").doesNotExist()), "$.id");
		// a second election for the same office waits; bad times name their field
		postAs(token(s.officer()), body, "/api/v1/clubs/{id}/elections", s.club().getId())
			.andExpect(status().isConflict());
		postAs(token(s.officer()), """
				{"office":"SECRETARY","rollCutoff":"%s","nominationsClose":"%s","opensAt":"%s","closesAt":"%s"}
				""".formatted(now, now.plusDays(2), now.plusDays(1), now.plusDays(3)), "/api/v1/clubs/{id}/elections",
				s.club().getId())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opensAt"));
		// a member who joins after the cut-off
		this.clock.advance(Duration.ofHours(1));
		Account late = this.fixture.user(Role.STUDENT, s.college());
		this.clubs.join(this.fixture.as(late), s.club().getId());
		// members stand with a statement; a non-member may not
		String candidate = read(
				postAs(token(s.members().get(1)), "{\"statement\":\"为大家服务\"}", "/api/v1/elections/{id}/candidates", id)
					.andExpect(status().isCreated())
					.andExpect(jsonPath("$.status").value("NOMINATED")),
				"$.id");
		postAs(token(s.members().get(1)), "{\"statement\":\"再来一次\"}", "/api/v1/elections/{id}/candidates", id)
			.andExpect(status().isConflict());
		postAs(token(s.members().get(2)), "{\"statement\":\" \"}", "/api/v1/elections/{id}/candidates", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("statement"));
		Account outsider = this.fixture.user(Role.STUDENT, s.college());
		postAs(token(outsider), "{\"statement\":\"我也想\"}", "/api/v1/elections/{id}/candidates", id)
			.andExpect(status().isForbidden());
		// the candidates are not public before publication
		getAs(null, "/api/v1/elections/{id}", id).andExpect(jsonPath("$.candidates.length()").value(0));

		this.clock.setTo(now.plusDays(1).plusMinutes(1).toInstant());
		List<Long> roll = new ArrayList<>(s.members().stream().map(Account::getId).sorted().toList());
		String hash = Sha256.hex(String.join(",", roll.stream().map(String::valueOf).toList()));
		getAs(null, "/api/v1/elections/{id}", id).andExpect(jsonPath("$.stage").value("CHECKING"))
			.andExpect(jsonPath("$.rollCount").value(6))
			.andExpect(jsonPath("$.rollHash").value(hash));
		postAs(token(s.members().get(2)), "{\"statement\":\"晚了\"}", "/api/v1/elections/{id}/candidates", id)
			.andExpect(status().isConflict());
		postAs(token(s.officer()), null, "/api/v1/elections/{id}/candidates/publish", id)
			.andExpect(status().isConflict());
		postAs(token(s.officer()), "{\"eligible\":true}", "/api/v1/elections/{id}/candidates/{c}/eligibility", id,
				candidate)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ELIGIBLE"));
		postAs(token(s.officer()), null, "/api/v1/elections/{id}/candidates/publish", id).andExpect(status().isOk());
		getAs(null, "/api/v1/elections/{id}", id).andExpect(jsonPath("$.candidates[0].statement").value("为大家服务"));

		// voting: not yet open, then open; the late joiner is not on the roll
		postAs(token(s.members().get(0)), "{\"candidateId\":\"" + candidate + "\"}", "/api/v1/elections/{id}/ballots",
				id)
			.andExpect(status().isConflict());
		this.clock.setTo(now.plusDays(2).plusMinutes(1).toInstant());
		postAs(token(late), "{\"candidateId\":\"" + candidate + "\"}", "/api/v1/elections/{id}/ballots", id)
			.andExpect(status().isForbidden());
		postAs(token(outsider), "{\"candidateId\":\"" + candidate + "\"}", "/api/v1/elections/{id}/ballots", id)
			.andExpect(status().isForbidden());
		postAs(token(s.members().get(0)), "{\"candidateId\":\"999999\"}", "/api/v1/elections/{id}/ballots", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("candidateId"));
		String tracker = ballot(s.members().get(0), Long.valueOf(id), Long.valueOf(candidate));
		assertThat(tracker).matches("[0-9a-f]{64}");
		postAs(token(s.members().get(0)), "{\"candidateId\":\"" + candidate + "\"}", "/api/v1/elections/{id}/ballots",
				id)
			.andExpect(status().isConflict());
		getAs(token(s.members().get(0)), "/api/v1/elections/{id}", id).andExpect(jsonPath("$.voted").value(true));
		// results refused before the close, for everyone
		getAs(null, "/api/v1/elections/{id}/results", id).andExpect(status().isConflict());
		getAs(token(s.officer()), "/api/v1/elections/{id}/results", id).andExpect(status().isConflict());
		this.clock.setTo(now.plusDays(3).plusMinutes(1).toInstant());
		postAs(token(s.members().get(3)), "{\"candidateId\":\"" + candidate + "\"}", "/api/v1/elections/{id}/ballots",
				id)
			.andExpect(status().isConflict());
		getAs(null, "/api/v1/elections/{id}/results", id).andExpect(status().isOk())
			.andExpect(jsonPath("$.ballotsCast").value(1))
			.andExpect(jsonPath("$.rollCount").value(6))
			.andExpect(jsonPath("$.tally[0].votes").value(1))
			.andExpect(jsonPath("$.winnerCandidateId").value(candidate))
			.andExpect(jsonPath("$.ballots[0].tracker").value(tracker));
	}

	@Test
	void everyTrackerAppearsOnceAndARecountOfThePublishedBallotsEqualsTheTally() throws Exception {
		ElectionFixture.Setup s = this.fixture.club(12);
		ElectionFixture.Running r = this.fixture.running(s, Election.Method.PLURALITY, Election.TieRule.RUNOFF, 3);
		List<String> trackers = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			trackers.add(ballot(s.members().get(i), r.id(), r.candidates().get(i % 3 == 2 ? 1 : i % 2).getId()));
		}
		this.fixture.close(r.election());
		String results = getAs(null, "/api/v1/elections/{id}/results", r.id()).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> published = JsonPath.read(results, "$.ballots[*].tracker");
		assertThat(published).hasSize(11).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(trackers);
		assertThat(published).isNotEqualTo(trackers.stream().sorted().toList()).isNotEqualTo(trackers);
		Map<String, Integer> recount = new HashMap<>();
		List<String> choices = JsonPath.read(results, "$.ballots[*].candidateId");
		choices.forEach(c -> recount.merge(c, 1, Integer::sum));
		Map<String, Integer> tally = new HashMap<>();
		List<Map<String, Object>> rows = JsonPath.read(results, "$.tally");
		rows.stream()
			.filter(row -> ((Integer) row.get("votes")) > 0)
			.forEach(row -> tally.put((String) row.get("candidateId"), (Integer) row.get("votes")));
		assertThat(recount).isEqualTo(tally);
		assertThat((Integer) JsonPath.read(results, "$.ballotsCast"))
			.isLessThanOrEqualTo((Integer) JsonPath.read(results, "$.rollCount"));
		// the chain of the published list checks out from the JSON alone
		List<Map<String, Object>> ballots = JsonPath.read(results, "$.ballots");
		String previous = org.practica.support.HashChain.GENESIS;
		long closes = ((Number) JsonPath.read(results, "$.closesAtEpochMilli")).longValue();
		for (Map<String, Object> b : ballots) {
			@SuppressWarnings("unchecked")
			List<String> ranking = (List<String>) b.get("ranking");
			String expected = Sha256.hex(previous + "|" + b.get("seq") + "|" + r.id() + "|ballot|election|" + closes
					+ "|" + b.get("tracker") + "|" + String.join(",", ranking));
			assertThat(b.get("hash")).isEqualTo(expected);
			previous = expected;
		}
		assertThat((String) JsonPath.read(results, "$.chainHead")).isEqualTo(previous);
	}

	@Test
	void thePublishedChainVerifiesAndAChangedBallotIsNamed() throws Exception {
		ElectionFixture.Setup s = this.fixture.club(6);
		ElectionFixture.Running r = this.fixture.running(s, Election.Method.PLURALITY, Election.TieRule.RUNOFF, 2);
		for (int i = 0; i < 5; i++) {
			ballot(s.members().get(i), r.id(), r.candidates().get(i < 3 ? 0 : 1).getId());
		}
		this.fixture.close(r.election());
		assertThat(this.elections.verify(r.id()).intact()).isTrue();
		assertThat(this.chainCheck.verify().intact()).isTrue();
		// someone with the database changes published ballot 3 to the other candidate
		String choice = this.jdbc.sql("select choice from election_published_ballot where election_id = ? and seq = 3")
			.param(r.id())
			.query(String.class)
			.single();
		String other = choice.equals(r.candidates().get(0).getId().toString())
				? r.candidates().get(1).getId().toString() : r.candidates().get(0).getId().toString();
		this.jdbc.sql("update election_published_ballot set choice = ? where election_id = ? and seq = 3")
			.params(other, r.id())
			.update();
		Elections.ChainCheck check = this.elections.verify(r.id());
		assertThat(check.intact()).isFalse();
		assertThat(check.brokenLine()).isEqualTo(3);
		org.practica.support.HashChain.Result ledger = this.chainCheck.verify();
		assertThat(ledger.intact()).isFalse();
		assertThat(ledger.brokenEntry()).isEqualTo(r.id());
		assertThat(ledger.brokenLine()).isEqualTo(3L);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/elections/{id}/results", r.id())
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("在第 3 张选票处断开")));
		// leave no broken chain behind for the other tests' ledger checks
		this.jdbc.sql("delete from election_published_ballot where election_id = ?").param(r.id()).update();
		this.jdbc.sql("update election set ballots_cast = 0, chain_head = ? where id = ?")
			.params(org.practica.support.HashChain.GENESIS, r.id())
			.update();
	}

	@Test
	void theBallotTableCannotIdentifyAVoter() throws Exception {
		ElectionFixture.Setup s = this.fixture.club(8);
		ElectionFixture.Running r = this.fixture.running(s, Election.Method.PLURALITY, Election.TieRule.RUNOFF, 2);
		List<String> trackers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			trackers.add(ballot(s.members().get(i), r.id(), r.candidates().get(i % 2).getId()));
		}
		List<String> columns = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String table = meta.storesUpperCaseIdentifiers() ? "ELECTION_BALLOT" : "election_ballot";
			try (ResultSet rs = meta.getColumns(null, null, table, null)) {
				while (rs.next()) {
					columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
					int type = rs.getInt("DATA_TYPE");
					assertThat(type).as(rs.getString("COLUMN_NAME"))
						.isNotIn(Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE, Types.TIME);
				}
			}
			try (ResultSet rs = meta.getImportedKeys(null, null, table)) {
				while (rs.next()) {
					assertThat(rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT)).isEqualTo("election");
				}
			}
		}
		assertThat(columns).containsExactlyInAnyOrder("id", "election_id", "choice", "tracker");
		assertThat(columns).noneMatch(c -> c.matches(".*(account|voter|member|user|_at|time|seq|created|updated).*"));
		List<String> ids = this.jdbc.sql("select id from election_ballot where election_id = ? order by id")
			.param(r.id())
			.query(String.class)
			.list();
		assertThat(ids).hasSize(8).allMatch(id -> id.matches("[0-9a-f]{32}"));
		// ordered by id, the ballots are not in the order they were cast
		List<String> byId = this.jdbc.sql("select tracker from election_ballot where election_id = ? order by id")
			.param(r.id())
			.query(String.class)
			.list();
		assertThat(byId).containsExactlyInAnyOrderElementsOf(trackers).isNotEqualTo(trackers);
		// who voted is recorded apart, with nothing but the election and the member
		List<String> marks = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String table = meta.storesUpperCaseIdentifiers() ? "ELECTION_VOTED" : "election_voted";
			try (ResultSet rs = meta.getColumns(null, null, table, null)) {
				while (rs.next()) {
					marks.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
				}
			}
		}
		assertThat(marks).containsExactlyInAnyOrder("election_id", "account_id");
		// the activity log says that members voted, never what they chose
		eventsHandled();
		List<String> actions = this.jdbc
			.sql("select action from audit_activity where subject_type = 'election' and subject_id = ?")
			.param(r.id())
			.query(String.class)
			.list();
		assertThat(actions.stream().filter("voted"::equals).count()).isEqualTo(8);
		assertThat(this.notifications.latest(this.fixture.as(s.members().get(0))))
			.anyMatch(n -> n.getMessageKey().equals("election.notice.voted"))
			.noneMatch(n -> String.join(" ", java.util.Arrays.stream(n.getArguments()).map(String::valueOf).toList())
				.contains(trackers.get(0)));
	}

	@Test
	void theWinnerTakesOfficeAfterTheNoticeAndThePreviousPresidentsRoleEnds() throws Exception {
		ElectionFixture.Setup s = this.fixture.club(6);
		Account president = s.members().get(0);
		assertThat(this.offices.holders(s.club().getId(), Office.PRESIDENT)).containsExactly(president.getId());
		ElectionFixture.Running r = this.fixture.running(s, Election.Method.PLURALITY, Election.TieRule.RUNOFF, 2);
		Long winner = r.candidates().get(1).getId();
		for (int i = 0; i < 6; i++) {
			ballot(s.members().get(i), r.id(), i < 4 ? winner : r.candidates().get(0).getId());
		}
		postAs(token(s.officer()), null, "/api/v1/elections/{id}/handover", r.id()).andExpect(status().isConflict());
		this.fixture.close(r.election());
		String noticeId = read(
				getAs(null, "/api/v1/elections/{id}", r.id()).andExpect(jsonPath("$.stage").value("NOTICE")),
				"$.noticeId");
		getAs(null, "/api/v1/notices/{id}", noticeId).andExpect(status().isOk());
		postAs(token(s.officer()), null, "/api/v1/elections/{id}/handover", r.id()).andExpect(status().isConflict());
		// another university's officer may not hand over
		ElectionFixture.Setup other = this.fixture.club(5);
		postAs(token(other.officer()), null, "/api/v1/elections/{id}/handover", r.id())
			.andExpect(status().isNotFound());
		String closes = read(getAs(null, "/api/v1/elections/{id}", r.id()), "$.noticeClosesAt");
		this.clock.setTo(OffsetDateTime.parse(closes).toInstant().plus(Duration.ofMinutes(1)));
		this.notices.endIfDue(Long.valueOf(noticeId));
		eventsHandled();
		getAs(null, "/api/v1/elections/{id}", r.id()).andExpect(jsonPath("$.stage").value("HANDED_OVER"))
			.andExpect(jsonPath("$.handedOverAt").exists());
		assertThat(this.offices.holders(s.club().getId(), Office.PRESIDENT))
			.containsExactly(s.members().get(1).getId());
		assertThat(this.offices.activeMember(s.club().getId(), president.getId())).get()
			.satisfies(m -> assertThat(m.getOffice()).isNull());
		postAs(token(s.officer()), null, "/api/v1/elections/{id}/handover", r.id()).andExpect(status().isOk());
		List<String> actions = this.jdbc
			.sql("select action from audit_activity where (subject_type = 'election' and subject_id = ?) "
					+ "or (subject_type = 'club' and subject_id = ?) order by id")
			.params(r.id(), s.club().getId())
			.query(String.class)
			.list();
		assertThat(actions).contains("called", "counted", "handed-over", "officer-appointed");
	}

	@Test
	void aTieUnderTheLotteryRuleIsDecidedByAPublishedSeedAndUnderTheRunoffRuleByARunoff() throws Exception {
		ElectionFixture.Setup s = this.fixture.club(6);
		ElectionFixture.Running lottery = this.fixture.running(s, Election.Method.PLURALITY, Election.TieRule.LOTTERY,
				2);
		ballot(s.members().get(0), lottery.id(), lottery.candidates().get(0).getId());
		ballot(s.members().get(1), lottery.id(), lottery.candidates().get(1).getId());
		this.fixture.close(lottery.election());
		String results = getAs(null, "/api/v1/elections/{id}/results", lottery.id()).andReturn()
			.getResponse()
			.getContentAsString();
		String seed = JsonPath.read(results, "$.lotterySeed");
		assertThat((Boolean) JsonPath.read(results, "$.tie")).isTrue();
		assertThat((String) JsonPath.read(results, "$.winnerCandidateId"))
			.isEqualTo(Count.lottery(seed, lottery.candidates().stream().map(Candidate::getId).toList()).toString());

		ElectionFixture.Setup t = this.fixture.club(6);
		ElectionFixture.Running tied = this.fixture.running(t, Election.Method.PLURALITY, Election.TieRule.RUNOFF, 3);
		ballot(t.members().get(0), tied.id(), tied.candidates().get(0).getId());
		ballot(t.members().get(1), tied.id(), tied.candidates().get(1).getId());
		this.fixture.close(tied.election());
		getAs(null, "/api/v1/elections/{id}", tied.id()).andExpect(jsonPath("$.stage").value("RUNOFF_NEEDED"));
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), this.clock.getZone());
		String runoff = read(postAs(token(t.officer()), """
				{"opensAt":"%s","closesAt":"%s"}""".formatted(now.plusHours(1), now.plusDays(2)),
				"/api/v1/elections/{id}/runoff", tied.id())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.candidates.length()").value(2))
			.andExpect(jsonPath("$.rollCount").value(6))
			.andExpect(jsonPath("$.runoffOf").value(tied.id().toString())), "$.id");
		this.clock.advance(Duration.ofHours(2));
		String first = read(getAs(null, "/api/v1/elections/{id}", runoff), "$.candidates[0].id");
		ballot(t.members().get(4), Long.valueOf(runoff), Long.valueOf(first));
	}

	@Test
	void rankedBallotsAreCountedByInstantRunoff() throws Exception {
		ElectionFixture.Setup s = this.fixture.club(7);
		ElectionFixture.Running r = this.fixture.running(s, Election.Method.INSTANT_RUNOFF, Election.TieRule.RUNOFF, 3);
		String a = r.candidates().get(0).getId().toString();
		String b = r.candidates().get(1).getId().toString();
		String c = r.candidates().get(2).getId().toString();
		String[][] rankings = { { a, b }, { a, b }, { a, c }, { b, c }, { b, c }, { c, b }, { c, b } };
		for (int i = 0; i < rankings.length; i++) {
			postAs(token(s.members().get(i)), "{\"ranking\":[\"" + String.join("\",\"", rankings[i]) + "\"]}",
					"/api/v1/elections/{id}/ballots", r.id())
				.andExpect(status().isCreated());
		}
		this.fixture.close(r.election());
		// round 1: a 3, b 2, c 2: b and c tied last outnumber a together, so the recorded
		// lottery eliminates one of them and the other wins with 4 of 7
		String results = getAs(null, "/api/v1/elections/{id}/results", r.id())
			.andExpect(jsonPath("$.ballots[0].ranking.length()").value(2))
			.andExpect(jsonPath("$.rounds.length()").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String seed = JsonPath.read(results, "$.lotterySeed");
		Long out = Count.lottery(seed, List.of(Long.valueOf(b), Long.valueOf(c)));
		assertThat((String) JsonPath.read(results, "$.winnerCandidateId")).isEqualTo(out.toString().equals(b) ? c : b);
	}

	@Test
	void membersWhoHaveNotVotedAreRemindedADayBeforeTheClose() throws Exception {
		ElectionFixture.Setup s = this.fixture.club(5);
		ElectionFixture.Running r = this.fixture.running(s, Election.Method.PLURALITY, Election.TieRule.RUNOFF, 2);
		ballot(s.members().get(0), r.id(), r.candidates().get(0).getId());
		this.jobs.moveOn();
		assertThat(this.notifications.latest(this.fixture.as(s.members().get(1))))
			.noneMatch(n -> n.getMessageKey().startsWith("election.notice.reminder"));
		this.clock.setTo(r.election().getClosesAt().minus(Duration.ofHours(23)));
		this.jobs.moveOn();
		this.jobs.moveOn();
		assertThat(this.notifications.latest(this.fixture.as(s.members().get(1))))
			.filteredOn(n -> n.getMessageKey().equals("election.notice.reminder.PRESIDENT"))
			.hasSize(1);
		assertThat(this.notifications.latest(this.fixture.as(s.members().get(0))))
			.noneMatch(n -> n.getMessageKey().startsWith("election.notice.reminder"));
	}

	@Test
	void tenancyAnotherUniversitysOfficerCannotRunTheElection() throws Exception {
		ElectionFixture.Setup s = this.fixture.club(5);
		ElectionFixture.Setup other = this.fixture.club(5);
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), this.clock.getZone());
		String body = """
				{"office":"PRESIDENT","rollCutoff":"%s","nominationsClose":"%s","opensAt":"%s","closesAt":"%s"}
				""".formatted(now, now.plusDays(1), now.plusDays(2), now.plusDays(3));
		postAs(token(other.officer()), body, "/api/v1/clubs/{id}/elections", s.club().getId())
			.andExpect(status().isNotFound());
		postAs(token(other.universityAdmin()), body, "/api/v1/clubs/{id}/elections", s.club().getId())
			.andExpect(status().isNotFound());
		postAs(token(s.members().get(0)), body, "/api/v1/clubs/{id}/elections", s.club().getId())
			.andExpect(status().isNotFound());
		String id = read(postAs(token(s.universityAdmin()), body, "/api/v1/clubs/{id}/elections", s.club().getId())
			.andExpect(status().isCreated()), "$.id");
		String candidate = read(
				postAs(token(s.members().get(1)), "{\"statement\":\"为大家服务\"}", "/api/v1/elections/{id}/candidates", id),
				"$.id");
		postAs(token(other.members().get(0)), "{\"statement\":\"混进来\"}", "/api/v1/elections/{id}/candidates", id)
			.andExpect(status().isForbidden());
		this.clock.setTo(now.plusDays(1).plusMinutes(1).toInstant());
		postAs(token(other.officer()), "{\"eligible\":true}", "/api/v1/elections/{id}/candidates/{c}/eligibility", id,
				candidate)
			.andExpect(status().isNotFound());
		postAs(token(other.officer()), null, "/api/v1/elections/{id}/candidates/publish", id)
			.andExpect(status().isNotFound());
		postAs(token(s.officer()), "{\"eligible\":true}", "/api/v1/elections/{id}/candidates/{c}/eligibility", id,
				candidate)
			.andExpect(status().isOk());
		postAs(token(s.officer()), null, "/api/v1/elections/{id}/candidates/publish", id).andExpect(status().isOk());
		this.clock.setTo(now.plusDays(2).plusMinutes(1).toInstant());
		postAs(token(other.members().get(0)), "{\"candidateId\":\"" + candidate + "\"}",
				"/api/v1/elections/{id}/ballots", id)
			.andExpect(status().isForbidden());
		getAs(null, "/api/v1/elections/999999999").andExpect(status().isNotFound());
	}

}
