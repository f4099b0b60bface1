package org.practica.certificate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.hours.HoursFigures;
import org.practica.hours.HoursScope;
import org.practica.hours.HoursStatus;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Certificates for a whole college or university in one action: a batch row that shows
 * its progress, worked through in the background one student at a time (each in its own
 * transaction, so one student's failure stops nobody else's), and downloaded as one ZIP
 * of PDFs. Only a college's or university's admins start one, inside their own subtree.
 */
@Service
public class CertificateBatches {

	private static final Logger log = LoggerFactory.getLogger(CertificateBatches.class);

	private final CertificateBatchRepository batches;

	private final CertificateRepository certificates;

	private final CertificateReviewRepository reviews;

	private final CertificateSettings settings;

	private final Certificates issuer;

	private final HoursFigures figures;

	private final Organisations organisations;

	private final Accounts accounts;

	private final Clock clock;

	private final TransactionTemplate transactions;

	CertificateBatches(CertificateBatchRepository batches, CertificateRepository certificates,
			CertificateReviewRepository reviews, CertificateSettings settings, Certificates issuer,
			HoursFigures figures, Organisations organisations, Accounts accounts, Clock clock,
			PlatformTransactionManager transactions) {
		this.batches = batches;
		this.certificates = certificates;
		this.reviews = reviews;
		this.settings = settings;
		this.issuer = issuer;
		this.figures = figures;
		this.organisations = organisations;
		this.accounts = accounts;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Starts a batch for the students of a college or university the person administers,
	 * for the days from {@code from} to {@code to}; {@link #run} then works it through.
	 */
	public CertificateBatch start(CurrentUser by, Long organisationId, LocalDate from, LocalDate to) {
		if (organisationId == null) {
			throw org.practica.support.FieldProblem.invalid("organisationId", "field.required");
		}
		Organisation organisation = this.organisations.get(organisationId);
		if (!by.manages(organisation)) {
			throw Problem.notFound();
		}
		boolean admin = by.isPlatformAdmin() || by.grants()
			.stream()
			.anyMatch(g -> (g.role() == Role.UNIVERSITY_ADMIN || g.role() == Role.COLLEGE_ADMIN)
					&& g.organisationPath() != null && organisation.getPath().startsWith(g.organisationPath()));
		if (!admin || (organisation.getKind() != OrganisationKind.UNIVERSITY
				&& organisation.getKind() != OrganisationKind.COLLEGE)) {
			throw Problem.forbidden();
		}
		if (from == null) {
			throw FieldProblem.invalid("from", "field.required");
		}
		if (to == null) {
			throw FieldProblem.invalid("to", "field.required");
		}
		if (to.isBefore(from)) {
			throw FieldProblem.invalid("to", "field.end-date.before-start");
		}
		if (to.isAfter(this.issuer.today())) {
			throw FieldProblem.invalid("to", "certificate.to.future");
		}
		return this.transactions.execute(status -> this.batches.save(new CertificateBatch(organisation.getId(),
				organisation.getPath(), from, to, by.getUsername(), this.clock.instant())));
	}

	/**
	 * Works a started batch through in the background: every student with verified hours
	 * in the period, one at a time, the progress written after each. A batch taken up
	 * again after its instance stopped goes on from where it was: the students it has
	 * already issued or queued are left as they are.
	 */
	@Async
	public void run(Long batchId) {
		String runner = java.util.UUID.randomUUID().toString();
		java.time.Instant now = this.clock.instant();
		Integer taken = this.transactions
			.execute(status -> this.batches.take(batchId, runner, now.minus(this.settings.batchStalledAfter()), now));
		if (taken == null || taken == 0) {
			// finished, or another run works it
			return;
		}
		CertificateBatch batch = this.batches.findById(batchId).orElseThrow();
		try {
			work(batch, runner);
		}
		catch (LostBatch ex) {
			log.warn("Certificate batch {} was taken up by another run; this one stops", batchId);
		}
	}

	private void work(CertificateBatch batch, String runner) {
		Long batchId = batch.getId();
		boolean broken = false;
		try {
			Set<Long> students = new LinkedHashSet<>();
			this.figures.forEachBatch(new HoursScope(HoursScope.Side.STUDENT, batch.getOrganisationPath()),
					batch.getPeriodFrom(), batch.getPeriodTo(), 1000, lines -> {
						lines.stream()
							.filter(l -> l.status() == HoursStatus.VERIFIED && l.hours().signum() > 0)
							.forEach(l -> students.add(l.studentId()));
						update(batchId, runner, b -> {
						});
					});
			Set<Long> issued = new java.util.HashSet<>();
			this.certificates.findByBatchIdOrderById(batchId).forEach(c -> issued.add(c.getStudentId()));
			Set<Long> queued = new java.util.HashSet<>();
			this.reviews.findByBatchId(batchId)
				.stream()
				.map(CertificateReview::getStudentId)
				.filter(s -> !issued.contains(s))
				.forEach(queued::add);
			// the students it had done count, even if their hours have changed since
			Set<Long> all = new LinkedHashSet<>(students);
			all.addAll(issued);
			all.addAll(queued);
			update(batchId, runner, b -> {
				b.found(all.size());
				b.resumed(issued.size(), queued.size());
			});
			CurrentUser by = this.accounts.actingAs(batch.getRequestedBy());
			for (Long student : students) {
				if (issued.contains(student) || queued.contains(student)) {
					continue;
				}
				CertificateBatch.Outcome outcome;
				try {
					Certificates.Requested done = this.transactions.execute(status -> this.issuer.request(by, student,
							batch.getPeriodFrom(), batch.getPeriodTo(), batchId));
					outcome = done.certificate() != null ? CertificateBatch.Outcome.ISSUED
							: CertificateBatch.Outcome.QUEUED;
				}
				catch (RuntimeException ex) {
					log.warn("Batch {}: no certificate for student {}: {}", batchId, student, ex.getMessage());
					outcome = CertificateBatch.Outcome.FAILED;
				}
				CertificateBatch.Outcome counted = outcome;
				update(batchId, runner, b -> b.counted(counted));
			}
		}
		catch (LostBatch ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			log.error("Certificate batch {} stopped", batchId, ex);
			broken = true;
		}
		boolean failed = broken;
		update(batchId, runner, b -> b.finish(this.clock.instant(), failed));
	}

	/**
	 * Changes the batch in a transaction of its own, noting that it moved on, as long as
	 * this run still works it.
	 * @throws LostBatch when another run has taken it up meanwhile
	 */
	private void update(Long batchId, String runner, java.util.function.Consumer<CertificateBatch> change) {
		try {
			this.transactions.executeWithoutResult(status -> {
				CertificateBatch batch = this.batches.findById(batchId).orElseThrow();
				if (!runner.equals(batch.getRunner())) {
					throw new LostBatch();
				}
				change.accept(batch);
				batch.beat(this.clock.instant());
			});
		}
		catch (org.springframework.dao.OptimisticLockingFailureException ex) {
			// taken between reading and writing
			throw new LostBatch();
		}
	}

	/** Another run took the batch up: this one stops without writing anything more. */
	private static final class LostBatch extends RuntimeException {

		LostBatch() {
			super(null, null, false, false);
		}

	}

	/**
	 * The running batches that have not moved on for
	 * {@code practica.certificate.batch-stalled-after}: their run stopped with its
	 * instance, or never started. {@link #run} takes each up, one run only.
	 */
	public List<Long> stalled() {
		return this.batches.findStalled(this.clock.instant().minus(this.settings.batchStalledAfter()));
	}

	/** The batch, if the person manages its organisation. */
	public CertificateBatch get(CurrentUser by, Long id) {
		CertificateBatch batch = this.batches.findById(id).orElseThrow(Problem::notFound);
		if (!by.manages(batch.getOrganisationPath())) {
			throw Problem.notFound();
		}
		return batch;
	}

	/** The latest batches inside the subtrees the person manages. */
	public List<CertificateBatch> latest(CurrentUser by) {
		List<String> paths = by.managedPaths();
		return paths.isEmpty() ? List.of() : this.batches.findInSubtree(paths.get(0), Limit.of(20));
	}

	/** How many certificates the batch has issued so far. */
	public List<Certificate> certificates(CurrentUser by, Long id) {
		get(by, id);
		return this.certificates.findByBatchIdOrderById(id);
	}

	/** Writes the batch's certificates as one ZIP of PDFs, one per certificate. */
	public void zip(CurrentUser by, Long id, OutputStream out) {
		List<Certificate> issued = certificates(by, id);
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Certificate certificate : issued) {
				zip.putNextEntry(new ZipEntry(certificate.getNumber() + ".pdf"));
				zip.write(this.issuer.pdf(certificate));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
