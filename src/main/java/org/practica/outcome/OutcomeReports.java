package org.practica.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.project.Project;
import org.practica.project.Projects;
import org.practica.support.FieldProblem;
import org.practica.support.FileStore;
import org.practica.support.Problem;
import org.practica.support.UploadedImage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Outcome reports: who writes, sees and publishes one, its photos in the file store, and
 * the public list.
 * <ul>
 * <li>A project's team leader (of its team) or community admin writes a draft, edits it,
 * adds and removes its photos and publishes it; others who see the project: 403.</li>
 * <li>A draft is seen only by those who may edit it (404 to everyone else); a published
 * report by everyone, without an account.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class OutcomeReports {

	private final OutcomeReportRepository reports;

	private final OutcomePhotoRepository photos;

	private final Projects projects;

	private final Organisations organisations;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final OutcomeSettings settings;

	private final Clock clock;

	@PersistenceContext
	private EntityManager entityManager;

	OutcomeReports(OutcomeReportRepository reports, OutcomePhotoRepository photos, Projects projects,
			Organisations organisations, FileStore files, ApplicationEventPublisher events, OutcomeSettings settings,
			Clock clock) {
		this.reports = reports;
		this.photos = photos;
		this.projects = projects;
		this.organisations = organisations;
		this.files = files;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The most photos a report holds. */
	public int maxPhotos() {
		return this.settings.maxPhotos();
	}

	/** Whether the person may write a report about the project. */
	public boolean mayWrite(CurrentUser by, Project project) {
		return OutcomeReport.writer(by, project.getTeamPath(), project.getCommunityPath())
				|| (by != null && project.isOwned() && this.projects.runsOwned(by, project.getId()));
	}

	/**
	 * How many reports of these projects are published, about days in the period: what a
	 * club's rating counts for its activities.
	 */
	public long publishedCount(Collection<Long> projectIds, LocalDate from, LocalDate to) {
		return projectIds.isEmpty() ? 0 : this.reports.countByProjectIdInAndStatusAndHappenedOnBetween(projectIds,
				OutcomeStatus.PUBLISHED, from, to);
	}

	/**
	 * A project the person sees (404 otherwise) and may write a report about (403
	 * otherwise).
	 */
	public Project writableProject(CurrentUser by, Long projectId) {
		Project project = this.projects.get(by, projectId);
		if (!mayWrite(by, project)) {
			throw Problem.forbidden();
		}
		return project;
	}

	/** A project the person sees; 404 otherwise. */
	public Project project(CurrentUser by, Long projectId) {
		return this.projects.get(by, projectId);
	}

	/** The report's project, when the person (signed in) may open its page. */
	public java.util.Optional<Project> visibleProject(CurrentUser by, OutcomeReport report) {
		if (by == null) {
			return java.util.Optional.empty();
		}
		return this.projects.find(report.getProjectId()).filter(p -> this.projects.visible(by, p));
	}

	/**
	 * Writes a draft about a project the person sees (404 otherwise) and may write about
	 * (403 otherwise).
	 */
	@Transactional
	public OutcomeReport create(CurrentUser by, Long projectId, OutcomeReportRequest request) {
		Project project = writableProject(by, projectId);
		OutcomeReport report = new OutcomeReport(project);
		report.describe(request, today());
		this.reports.save(report);
		this.events.publishEvent(new OutcomeReportWritten(report.getId(), project.getId()));
		return report;
	}

	/** Rewrites a draft; 409 once published. */
	@Transactional
	public OutcomeReport edit(CurrentUser by, Long id, OutcomeReportRequest request) {
		OutcomeReport report = getEditable(by, id);
		report.describe(request, today());
		this.events.publishEvent(new OutcomeReportRevised(report.getId()));
		return report;
	}

	/**
	 * The published reports of projects at or below the organisation path that happened
	 * in the period, latest first, at most {@code limit}: public facts, for a
	 * nomination's evidence.
	 */
	public List<OutcomeReport> published(String path, LocalDate from, LocalDate to, int limit) {
		return this.reports.publishedWithin(path, from, to, org.springframework.data.domain.Limit.of(limit));
	}

	/** Publishes a draft: public, final, and counted on the dashboards above it. */
	@Transactional
	public OutcomeReport publish(CurrentUser by, Long id) {
		OutcomeReport report = getEditable(by, id);
		report.publish(by.getUsername(), this.clock.instant());
		this.events.publishEvent(OutcomeReportPublished.of(report));
		return report;
	}

	/** The report, if the person (null: nobody signed in) sees it; otherwise 404. */
	public OutcomeReport get(CurrentUser by, Long id) {
		OutcomeReport report = this.reports.findById(id).orElseThrow(Problem::notFound);
		if (!report.visibleTo(by) && !runsOwned(by, report)) {
			throw Problem.notFound();
		}
		return report;
	}

	/**
	 * The report for a change: 404 when not visible, 403 when published but not theirs.
	 */
	public OutcomeReport getEditable(CurrentUser by, Long id) {
		OutcomeReport report = get(by, id);
		if (!report.editableBy(by) && !runsOwned(by, report)) {
			throw Problem.forbidden();
		}
		return report;
	}

	/** Whether the person runs the report's project for its owner (a club's activity). */
	private boolean runsOwned(CurrentUser by, OutcomeReport report) {
		return by != null && this.projects.runsOwned(by, report.getProjectId());
	}

	/**
	 * The reports the person sees matching the filters, latest first. An organisation
	 * that does not exist is a 400 naming {@code organisationId}.
	 */
	public Page<OutcomeReport> search(CurrentUser by, Long projectId, Long organisationId, String q, String direction,
			Pageable pageable) {
		String path = null;
		if (organisationId != null) {
			try {
				path = this.organisations.get(organisationId).getPath();
			}
			catch (Problem ex) {
				throw FieldProblem.invalid("organisationId", "outcome.organisation.unknown");
			}
		}
		return this.reports.findAll(new OutcomeSearch(projectId, path, q, direction).toSpecification(by), pageable);
	}

	/** A project's reports the person sees, latest first. */
	public List<OutcomeReport> ofProject(CurrentUser by, Project project) {
		return this.reports.findByProjectIdOrderByHappenedOnDescIdDesc(project.getId())
			.stream()
			.filter(r -> r.visibleTo(by))
			.toList();
	}

	/** The photos of a report, in gallery order. */
	public List<OutcomePhoto> photos(OutcomeReport report) {
		return this.photos.findByReportIdOrderByOrdinal(report.getId());
	}

	/** The photos of several reports, by report, in gallery order. */
	public Map<Long, List<OutcomePhoto>> photos(Collection<Long> reportIds) {
		if (reportIds.isEmpty()) {
			return Map.of();
		}
		return this.photos.findByReportIdInOrderByOrdinal(reportIds)
			.stream()
			.collect(Collectors.groupingBy(OutcomePhoto::getReportId));
	}

	/**
	 * Adds a photo to a draft: JPEG or PNG by its content, at most 10 MB, cleaned of its
	 * metadata and turned upright ({@link UploadedImage}), at most
	 * {@link OutcomeSettings#maxPhotos()} per report (409). Nothing is kept of a refused
	 * one; the files of a photo whose row is rolled back are removed again.
	 */
	@Transactional
	public OutcomePhoto addPhoto(CurrentUser by, Long id, MultipartFile file, String caption) {
		OutcomeReport report = getEditable(by, id);
		String text = (caption == null || caption.isBlank()) ? null : caption.strip();
		if (text != null && text.length() > OutcomePhoto.CAPTION_MAX) {
			throw FieldProblem.invalid("caption", "outcome.photo.caption.too-long", OutcomePhoto.CAPTION_MAX);
		}
		UploadedImage image = UploadedImage.clean(file, "file", "outcome.photo");
		// uploads to one report wait for each other here, so the count stays exact
		this.entityManager.flush();
		this.entityManager.refresh(report, LockModeType.PESSIMISTIC_WRITE);
		int ordinal = report.takePhotoPlace(this.settings.maxPhotos());
		YearMonth month = YearMonth.now(this.clock);
		String key = FileStore.newKey("outcome", month, image.extension());
		String thumbnailKey = key.replace("." + image.extension(), "-thumb." + image.extension());
		OutcomePhoto photo = this.photos.save(new OutcomePhoto(report.getId(), image, key, thumbnailKey, text, ordinal,
				this.clock.instant(), by.getUsername()));
		this.reports.saveAndFlush(report);
		this.files.put(key, image.bytes());
		this.files.put(thumbnailKey, image.thumbnail());
		this.events.publishEvent(new OutcomePhotoAdded(report.getId(), photo.getId()));
		return photo;
	}

	/** Takes a photo out of a draft, and its files out of the store. */
	@Transactional
	public void removePhoto(CurrentUser by, Long id, Long photoId) {
		OutcomeReport report = getEditable(by, id);
		OutcomePhoto photo = this.photos.findByIdAndReportId(photoId, report.getId()).orElseThrow(Problem::notFound);
		report.photoRemoved();
		this.photos.delete(photo);
		this.reports.saveAndFlush(report);
		// the files go only once the row has gone: a rollback keeps both
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				OutcomeReports.this.files.delete(photo.getFileKey());
				OutcomeReports.this.files.delete(photo.getThumbnailKey());
			}
		});
		this.events.publishEvent(new OutcomePhotoRemoved(report.getId(), photo.getId()));
	}

	/**
	 * A photo's file (or its thumbnail) for the person: anyone's for a published report,
	 * only its editors' for a draft (404 to others).
	 */
	public PhotoFile photoFile(CurrentUser by, Long id, Long photoId, boolean thumbnail) {
		OutcomeReport report = get(by, id);
		OutcomePhoto photo = this.photos.findByIdAndReportId(photoId, report.getId()).orElseThrow(Problem::notFound);
		byte[] bytes = this.files.get(thumbnail ? photo.getThumbnailKey() : photo.getFileKey())
			.orElseThrow(Problem::notFound);
		return new PhotoFile(bytes, photo.getContentType(), report.isPublished());
	}

	/** The titles of the reports' projects, by project id. */
	public Map<Long, String> projectTitles(Collection<Long> projectIds) {
		return this.projects.all(projectIds)
			.stream()
			.collect(Collectors.toMap(Project::getId, Project::getTitle, (a, b) -> a));
	}

	/** The organisations named by id (communities and teams of reports). */
	public Map<Long, String> organisationNames(Collection<Long> ids) {
		return this.organisations.all(List.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName, (a, b) -> a));
	}

	/**
	 * A photo's bytes as served.
	 *
	 * @param bytes the clean image or thumbnail
	 * @param contentType {@code image/jpeg} or {@code image/png}
	 * @param published whether anyone may see it (cached publicly)
	 */
	public record PhotoFile(byte[] bytes, String contentType, boolean published) {
	}

}
