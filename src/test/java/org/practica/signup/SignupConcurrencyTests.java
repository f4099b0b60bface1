package org.practica.signup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.CurrentUser;
import org.practica.directory.Role;
import org.practica.project.Projects;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacity holds under any concurrency: 200 students sign up at the same moment for a
 * 20-seat shift. Runs on H2, and on PostgreSQL when the suite does.
 */
class SignupConcurrencyTests extends ApiTestSupport {

	private static final int STUDENTS = 200;

	private static final int SEATS = 20;

	@Autowired
	private Signups signups;

	@Autowired
	private Projects projects;

	@Test
	void twoHundredSimultaneousSignUpsFillExactlyTwentySeatsAndWaitlistTheRestInOrder() throws Exception {
		World world = world();
		String project = project(world);
		Long shiftId = Long.valueOf(shift(token(world.teamLeader()), project, 72, SEATS));
		List<CurrentUser> students = new ArrayList<>();
		for (int i = 0; i < STUDENTS; i++) {
			Account student = user(Role.STUDENT, world.college());
			this.accounts.addMember(admin(), world.team().getId(), student.getId());
			students.add(this.accounts.actingAs(student.getUsername()));
		}

		ExecutorService pool = Executors.newFixedThreadPool(50);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Signup>> results = new ArrayList<>();
		for (CurrentUser student : students) {
			results.add(pool.submit(() -> {
				start.await();
				return this.signups.signUp(student, shiftId);
			}));
		}
		start.countDown();
		List<Signup> made = new ArrayList<>();
		for (Future<Signup> result : results) {
			made.add(result.get());
		}
		pool.shutdown();

		CurrentUser leader = this.accounts.actingAs(world.teamLeader().getUsername());
		List<Signup> roster = this.signups.roster(leader, shiftId);
		assertThat(roster).hasSize(STUDENTS);
		assertThat(roster.stream().filter(Signup::isConfirmed)).hasSize(SEATS);
		assertThat(roster).extracting(Signup::getStudentId).doesNotHaveDuplicates();
		assertThat(roster).extracting(Signup::getQueueNumber)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, STUDENTS).boxed().toList());
		// the first twenty in the queue hold the seats, everyone after waits in the order
		// they came
		assertThat(roster.subList(0, SEATS)).allMatch(Signup::isConfirmed);
		assertThat(roster.subList(SEATS, STUDENTS)).allMatch(s -> s.getStatus() == SignupStatus.WAITLISTED);
		Shift shift = this.signups.shift(leader, shiftId);
		assertThat(shift.getConfirmed()).isEqualTo(SEATS);
		assertThat(shift.getWaitlisted()).isEqualTo(STUDENTS - SEATS);

		Signup leaving = roster.get(3);
		this.signups.cancel(
				this.accounts.actingAs(this.accounts.find(leaving.getStudentId()).orElseThrow().getUsername()),
				leaving.getId());
		List<Signup> after = this.signups.roster(leader, shiftId);
		Signup firstWaiting = after.stream().filter(s -> s.getQueueNumber() == SEATS + 1).findFirst().orElseThrow();
		assertThat(firstWaiting.getStatus()).isEqualTo(SignupStatus.CONFIRMED);
		assertThat(after.stream().filter(Signup::isConfirmed)).hasSize(SEATS);
		assertThat(after.stream()
			.filter(s -> s.getStatus() == SignupStatus.WAITLISTED)
			.min(Comparator.comparingInt(Signup::getQueueNumber))
			.orElseThrow()
			.getQueueNumber()).isEqualTo(SEATS + 2);
		assertThat(made).hasSize(STUDENTS);
	}

}
