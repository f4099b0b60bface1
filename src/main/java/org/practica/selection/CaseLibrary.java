package org.practica.selection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.practica.directory.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The public case library: search over the published cases (see {@link CaseIndex}).
 * <p>
 * The index follows the database: each {@link CasePublished} is indexed after its commit;
 * at start-up an index that is missing or whose fingerprint (how many cases are
 * published, and the latest publication) differs from the database's is rebuilt from the
 * database. The index is local to this instance (a directory under {@code ./data},
 * {@code practica.selection.index-directory}); several instances would share an
 * Elasticsearch or OpenSearch index instead, see docs/case-library.md.
 */
@Component
public class CaseLibrary {

	private static final Logger log = LoggerFactory.getLogger(CaseLibrary.class);

	private final CaseIndex index;

	private final CaseRepository cases;

	private final Organisations organisations;

	private final ZoneId zone;

	/**
	 * Serialises rebuilding and indexing one case, each reading the database and writing
	 * the index under it, so that neither loses nor doubles the other's case.
	 */
	private final Object writing = new Object();

	CaseLibrary(SelectionSettings settings, CaseRepository cases, Organisations organisations, java.time.Clock clock) {
		this.cases = cases;
		this.organisations = organisations;
		this.zone = clock.getZone();
		String directory = settings.indexDirectory();
		try {
			this.index = new CaseIndex(directory == null || directory.isBlank() ? new ByteBuffersDirectory()
					: FSDirectory.open(Path.of(directory)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Rebuilds the index from the database when it is missing or stale. */
	@EventListener(ApplicationReadyEvent.class)
	public void catchUp() {
		synchronized (this.writing) {
			String expected = fingerprint();
			if (!expected.equals(this.index.fingerprint())) {
				List<SelectionCase> published = this.cases.findPublished();
				this.index.rebuild(documents(published), expected);
				log.info("Rebuilt the case library's index: {} published cases", published.size());
			}
		}
	}

	@ApplicationModuleListener
	void on(CasePublished event) {
		synchronized (this.writing) {
			this.cases.findById(event.caseId())
				.filter(SelectionCase::isPublished)
				.ifPresent(c -> this.index.put(documents(List.of(c)).get(0)));
			this.index.fingerprint(fingerprint());
		}
	}

	private String fingerprint() {
		Object[] row = this.cases.publishedFingerprint().get(0);
		Object latest = row[1];
		return row[0] + "/" + (latest instanceof Instant instant ? instant.toEpochMilli() : String.valueOf(latest));
	}

	private List<CaseIndex.LibraryDocument> documents(List<SelectionCase> published) {
		Map<Long, String> names = new HashMap<>();
		this.organisations.all(published.stream().map(SelectionCase::getOrganisationId).distinct().toList())
			.forEach(o -> names.put(o.getId(), o.getName()));
		return published.stream()
			.map(c -> new CaseIndex.LibraryDocument(c.getId(), c.getUnit().name(), c.getOrganisationId(),
					names.getOrDefault(c.getOrganisationId(), ""), c.year(this.zone), c.getTitle(), c.getSummary(),
					c.getBody(), c.getPublishedAt().toEpochMilli() * 1000 + c.getId() % 1000))
			.toList();
	}

	/** Searches the library; a page of at most 50. */
	public CaseIndex.LibraryPage search(String q, Unit unit, Long organisationId, Integer year, int page, int size) {
		return this.index.search(new CaseIndex.LibraryQuery(q, unit == null ? null : unit.name(), organisationId, year,
				Math.max(0, Math.min(page, 100)), Math.max(1, Math.min(size, 50))));
	}

	@PreDestroy
	void close() throws IOException {
		this.index.close();
	}

}
