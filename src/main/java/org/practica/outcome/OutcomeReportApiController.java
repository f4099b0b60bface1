package org.practica.outcome;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.directory.CurrentUser;
import org.practica.support.PageResponse;
import org.practica.support.Paging;
import org.practica.support.StoredFiles;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Outcome reports")
class OutcomeReportApiController {

	/** Latest first: by the day it happened, then the newest report. */
	static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("happenedOn"), Sort.Order.desc("id"));

	private final OutcomeReports reports;

	private final ZoneId zone;

	OutcomeReportApiController(OutcomeReports reports, Clock clock) {
		this.reports = reports;
		this.zone = clock.getZone();
	}

	@Operation(summary = "Write a draft outcome report of a project (its team leader or community admin)")
	@PostMapping("/api/v1/projects/{id}/outcome-reports")
	@ApiResponse(responseCode = "201", description = "The draft report")
	ResponseEntity<ReportJson> create(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestBody OutcomeReportRequest request) {
		OutcomeReport report = this.reports.create(user, id, request);
		return ResponseEntity.created(URI.create("/api/v1/outcome-reports/" + report.getId())).body(json(user, report));
	}

	@Operation(summary = "Rewrite a draft report: title, body, happenedOn and figures, all replaced")
	@PutMapping("/api/v1/outcome-reports/{id}")
	ReportJson edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestBody OutcomeReportRequest request) {
		return json(user, this.reports.edit(user, id, request));
	}

	@Operation(summary = "Publish a draft report: public and final; its figures count on the dashboards above it")
	@PostMapping("/api/v1/outcome-reports/{id}/publish")
	ReportJson publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return json(user, this.reports.publish(user, id));
	}

	@Operation(summary = "Outcome reports, latest first: published ones for everyone (no account needed), "
			+ "drafts to those who may edit them; organisationId takes either side's subtree")
	@GetMapping("/api/v1/outcome-reports")
	PageResponse<ReportJson> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long projectId, @RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) String q, @RequestParam(required = false) String direction,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Page<OutcomeReport> found = this.reports.search(user, projectId, organisationId, q, direction,
				Paging.of(page, size, null, LATEST_FIRST));
		Names names = names(found.getContent());
		Map<Long, List<OutcomePhoto>> photos = this.reports
			.photos(found.getContent().stream().map(OutcomeReport::getId).toList());
		return PageResponse.of(found, (r) -> json(user, r, names, photos.getOrDefault(r.getId(), List.of())));
	}

	@Operation(summary = "One outcome report with its figures and photos; a draft is 404 to all but its editors")
	@GetMapping("/api/v1/outcome-reports/{id}")
	ReportJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return json(user, this.reports.get(user, id));
	}

	@Operation(summary = "Add a photo to a draft: JPEG or PNG by content, at most 10 MB, 20 per report; "
			+ "stored upright without any metadata, with a thumbnail")
	@PostMapping(path = "/api/v1/outcome-reports/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ApiResponse(responseCode = "201", description = "The photo")
	ResponseEntity<PhotoJson> addPhoto(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String caption) {
		OutcomePhoto photo = this.reports.addPhoto(user, id, file, caption);
		PhotoJson json = json(photo);
		return ResponseEntity.created(URI.create(json.url())).body(json);
	}

	@Operation(summary = "Take a photo out of a draft report")
	@DeleteMapping("/api/v1/outcome-reports/{id}/photos/{photoId}")
	@ApiResponse(responseCode = "204", description = "Removed")
	ResponseEntity<Void> removePhoto(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@PathVariable Long photoId) {
		this.reports.removePhoto(user, id, photoId);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "A photo: cached for a year, publicly once its report is published")
	@GetMapping("/api/v1/outcome-reports/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@PathVariable Long photoId) {
		return served(this.reports.photoFile(user, id, photoId, false));
	}

	@Operation(summary = "A photo's thumbnail, at most 480 pixels on its long side")
	@GetMapping("/api/v1/outcome-reports/{id}/photos/{photoId}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@PathVariable Long photoId) {
		return served(this.reports.photoFile(user, id, photoId, true));
	}

	/** A photo as served: publicly cached when its report is published. */
	static ResponseEntity<byte[]> served(OutcomeReports.PhotoFile file) {
		ResponseEntity<byte[]> response = file.published() ? StoredFiles.publicFile(file.bytes(), file.contentType())
				: StoredFiles.privateFile(file.bytes(), file.contentType());
		return ResponseEntity.status(response.getStatusCode())
			.headers(response.getHeaders())
			.header("X-Content-Type-Options", "nosniff")
			.body(response.getBody());
	}

	private ReportJson json(CurrentUser user, OutcomeReport report) {
		return json(user, report, names(List.of(report)), this.reports.photos(report));
	}

	private ReportJson json(CurrentUser user, OutcomeReport r, Names names, List<OutcomePhoto> photos) {
		return new ReportJson(r.getId().toString(), r.getStatus().name(), r.getProjectId().toString(),
				names.projects().get(r.getProjectId()), r.getCommunityId().toString(),
				names.organisations().get(r.getCommunityId()), r.getTeamId() == null ? null : r.getTeamId().toString(),
				r.getTeamId() == null ? null : names.organisations().get(r.getTeamId()), r.getDirection(),
				r.getDirectionTop(), r.getTitle(), r.getBody(), r.paragraphs(), r.getHappenedOn(),
				r.getPublishedAt() == null ? null
						: OffsetDateTime.ofInstant(r.getPublishedAt().truncatedTo(ChronoUnit.SECONDS), this.zone),
				r.getFigures().stream().map(f -> new FigureJson(f.metric().name(), f.value(), f.source())).toList(),
				photos.stream().map(OutcomeReportApiController::json).toList(), r.editableBy(user));
	}

	static PhotoJson json(OutcomePhoto p) {
		String url = "/api/v1/outcome-reports/" + p.getReportId() + "/photos/" + p.getId();
		return new PhotoJson(p.getId().toString(), url, url + "/thumbnail", p.getCaption(), p.getContentType(),
				p.getWidth(), p.getHeight(), p.getSizeBytes());
	}

	private Names names(List<OutcomeReport> reports) {
		Set<Long> organisations = new HashSet<>();
		reports.forEach(r -> {
			organisations.add(r.getCommunityId());
			if (r.getTeamId() != null) {
				organisations.add(r.getTeamId());
			}
		});
		return new Names(this.reports.projectTitles(reports.stream().map(OutcomeReport::getProjectId).toList()),
				this.reports.organisationNames(organisations));
	}

	private record Names(Map<Long, String> projects, Map<Long, String> organisations) {
	}

	record FigureJson(String metric, long value, String source) {
	}

	record PhotoJson(String id, String url, String thumbnailUrl, String caption, String contentType, int width,
			int height, long size) {
	}

	record ReportJson(String id, String status, String projectId, String projectTitle, String communityId,
			String community, String teamId, String team, String direction, String directionTop, String title,
			String body, List<String> paragraphs, LocalDate happenedOn, OffsetDateTime publishedAt,
			List<FigureJson> figures, List<PhotoJson> photos, boolean editable) {
	}

}
