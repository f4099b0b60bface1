package org.practica.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.practica.support.FieldProblem;
import org.practica.support.FieldProblem.FieldError;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports organisations under one the caller manages, from CSV (UTF-8) or XLSX. The first
 * row names the columns, in English or Chinese: name 名称, kind 类型, parent 上级 (a name or an
 * id), address 地址, latitude 纬度, longitude 经度. A row without a parent goes under the
 * organisation chosen for the import; a parent is a row earlier in the file (by name) or
 * an organisation the caller manages (by id or name). Every row is checked first, as
 * {@link Organisations#create} checks one organisation; one bad row and nothing is
 * imported, with every bad row named. A parent the caller does not manage is refused as
 * not found, whether or not it exists.
 */
@Component
class OrganisationImport {

	static final int MAX_ROWS = 20_000;

	private static final int NAME_LENGTH = 200;

	private static final int ADDRESS_LENGTH = 300;

	private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

	private static final SpreadsheetRows COLUMNS = new SpreadsheetRows(
			Map.ofEntries(Map.entry("name", "name"), Map.entry("名称", "name"), Map.entry("组织名称", "name"),
					Map.entry("kind", "kind"), Map.entry("type", "kind"), Map.entry("类型", "kind"),
					Map.entry("parent", "parent"), Map.entry("parentname", "parent"), Map.entry("parentid", "parent"),
					Map.entry("parentnameorid", "parent"), Map.entry("上级", "parent"), Map.entry("上级组织", "parent"),
					Map.entry("address", "address"), Map.entry("地址", "address"), Map.entry("latitude", "latitude"),
					Map.entry("lat", "latitude"), Map.entry("纬度", "latitude"), Map.entry("longitude", "longitude"),
					Map.entry("lng", "longitude"), Map.entry("lon", "longitude"), Map.entry("经度", "longitude")),
			List.of("name", "kind"), MAX_ROWS);

	/** What a file may write in the kind column besides the kind's code. */
	private static final Map<String, OrganisationKind> KIND_NAMES = Map.ofEntries(
			Map.entry("高校", OrganisationKind.UNIVERSITY), Map.entry("大学", OrganisationKind.UNIVERSITY),
			Map.entry("学院", OrganisationKind.COLLEGE), Map.entry("团队", OrganisationKind.TEAM),
			Map.entry("区县", OrganisationKind.DISTRICT), Map.entry("区", OrganisationKind.DISTRICT),
			Map.entry("县", OrganisationKind.DISTRICT), Map.entry("街道/镇", OrganisationKind.STREET),
			Map.entry("街道", OrganisationKind.STREET), Map.entry("镇", OrganisationKind.STREET),
			Map.entry("town", OrganisationKind.STREET), Map.entry("street or town", OrganisationKind.STREET),
			Map.entry("社区/村", OrganisationKind.COMMUNITY), Map.entry("社区", OrganisationKind.COMMUNITY),
			Map.entry("村", OrganisationKind.COMMUNITY), Map.entry("village", OrganisationKind.COMMUNITY));

	private final OrganisationRepository organisations;

	private final ApplicationEventPublisher events;

	OrganisationImport(OrganisationRepository organisations, ApplicationEventPublisher events) {
		this.organisations = organisations;
		this.events = events;
	}

	/**
	 * Imports the file's organisations; returns how many. Refused (403) unless the person
	 * manages the organisation they go under; without one, only the platform admin
	 * imports, universities and districts at the top of the trees.
	 */
	@Transactional
	public int run(CurrentUser by, Long parentId, MultipartFile file) {
		Organisation top = null;
		if (parentId != null) {
			top = this.organisations.findById(parentId).orElseThrow(Problem::notFound);
			if (!by.manages(top)) {
				throw Problem.forbidden();
			}
		}
		else if (!by.isPlatformAdmin()) {
			throw Problem.forbidden();
		}
		List<Map<String, String>> rows = COLUMNS.read(file);
		if (rows.isEmpty()) {
			throw SpreadsheetRows.fileProblem("import.file.no-rows");
		}
		List<Planned> planned = new Check(this.organisations, by, top, rows).run();
		List<Organisation> created = new ArrayList<>(planned.size());
		for (Planned row : planned) {
			Organisation parent = row.parentRow() != null ? created.get(row.parentRow()) : row.existingParent();
			created.add(new Organisation(this.organisations.nextId(), row.name(), row.kind(), parent, row.address(),
					row.latitude(), row.longitude()));
		}
		this.organisations.saveAll(created);
		created
			.forEach(o -> this.events.publishEvent(new OrganisationCreated(o.getId(), o.getKind(), o.getParentId())));
		return created.size();
	}

	/**
	 * A row that passed: its parent is an organisation that exists or the row of the file
	 * at the given index (always an earlier one).
	 */
	record Planned(String name, OrganisationKind kind, Organisation existingParent, Integer parentRow, String address,
			Double latitude, Double longitude) {
	}

	/** The checks of one file, row by row, with what the earlier rows left. */
	private static final class Check {

		private final OrganisationRepository repository;

		private final CurrentUser by;

		private final Organisation top;

		private final List<Map<String, String>> rows;

		private final List<FieldError> errors = new ArrayList<>();

		/** Each row as checked, null where a row failed. */
		private final List<Planned> planned = new ArrayList<>();

		/** The rows of the file by name, for later rows naming them as parent. */
		private final Map<String, List<Integer>> rowsByName = new HashMap<>();

		/** The kind each row gave, null where it gave none that exists. */
		private final List<OrganisationKind> kinds = new ArrayList<>();

		/**
		 * The names under each parent, as "e" + an organisation's id, "r" + a row's index
		 * or "root", a slash and the name: those already there, and those the file adds.
		 */
		private final Set<String> existingNames = new HashSet<>();

		private final Set<String> fileNames = new HashSet<>();

		private final Map<Long, Organisation> byId = new HashMap<>();

		private final Map<String, List<Organisation>> byName = new HashMap<>();

		Check(OrganisationRepository repository, CurrentUser by, Organisation top, List<Map<String, String>> rows) {
			this.repository = repository;
			this.by = by;
			this.top = top;
			this.rows = rows;
		}

		List<Planned> run() {
			loadExisting();
			for (Map<String, String> row : this.rows) {
				this.planned.add(check(row));
			}
			if (!this.errors.isEmpty()) {
				throw new FieldProblem(HttpStatus.UNPROCESSABLE_CONTENT, this.errors);
			}
			return this.planned;
		}

		/**
		 * The organisations the file may name as parents, and the names already under
		 * them, read in batches rather than row by row.
		 */
		private void loadExisting() {
			Set<Long> ids = new HashSet<>();
			Set<String> names = new HashSet<>();
			for (Map<String, String> row : this.rows) {
				String parent = row.getOrDefault("parent", "");
				if (ID.matcher(parent).matches()) {
					ids.add(Long.valueOf(parent));
				}
				else if (!parent.isEmpty()) {
					names.add(parent);
				}
			}
			for (List<Long> batch : batches(ids)) {
				this.repository.findAllById(batch)
					.stream()
					.filter(this.by::manages)
					.forEach(o -> this.byId.put(o.getId(), o));
			}
			for (List<String> batch : batches(names)) {
				this.repository.findByNameIn(batch)
					.stream()
					.filter(this.by::manages)
					.forEach(o -> this.byName.computeIfAbsent(o.getName(), n -> new ArrayList<>()).add(o));
			}
			Set<Long> parents = new HashSet<>(this.byId.keySet());
			this.byName.values().forEach(list -> list.forEach(o -> parents.add(o.getId())));
			if (this.top != null) {
				parents.add(this.top.getId());
			}
			for (List<Long> batch : batches(parents)) {
				this.repository.findChildNames(batch).forEach(r -> this.existingNames.add("e" + r[0] + "/" + r[1]));
			}
			if (this.top == null) {
				Set<String> rowNames = new HashSet<>();
				this.rows.forEach(r -> rowNames.add(r.getOrDefault("name", "")));
				for (List<String> batch : batches(rowNames)) {
					this.repository.findRootNames(batch).forEach(n -> this.existingNames.add("root/" + n));
				}
			}
		}

		private Planned check(Map<String, String> row) {
			int number = SpreadsheetRows.number(row);
			int before = this.errors.size();
			int index = this.kinds.size();
			String name = row.getOrDefault("name", "");
			if (name.isEmpty()) {
				reject(number, "name", "organisation.name.required");
			}
			else if (name.length() > NAME_LENGTH) {
				reject(number, "name", "organisation.import.too-long", NAME_LENGTH);
			}
			String kindText = row.getOrDefault("kind", "");
			OrganisationKind kind = kind(kindText);
			this.kinds.add(kind);
			if (kind == null) {
				reject(number, "kind",
						kindText.isEmpty() ? "organisation.kind.required" : "organisation.import.kind.unknown",
						kindText);
			}
			Parent parent = parent(number, row.getOrDefault("parent", ""));
			if (kind != null && parent != null && parent.known() && !kind.acceptsParent(parent.kind())) {
				reject(number, parent.given() ? "parent" : "kind", "organisation.parent.wrong-kind." + kind);
			}
			if (!name.isEmpty() && parent != null) {
				String sibling = parent.key() + "/" + name;
				if (!this.fileNames.add(sibling)) {
					reject(number, "name", "organisation.import.name.repeated", name);
				}
				else if (this.existingNames.contains(sibling)) {
					reject(number, "name", "organisation.import.name.taken", name);
				}
			}
			if (!name.isEmpty()) {
				this.rowsByName.computeIfAbsent(name, n -> new ArrayList<>()).add(index);
			}
			String address = row.getOrDefault("address", "");
			if (address.length() > ADDRESS_LENGTH) {
				reject(number, "address", "organisation.import.too-long", ADDRESS_LENGTH);
			}
			Double latitude = coordinate(number, row, "latitude", 90);
			Double longitude = coordinate(number, row, "longitude", 180);
			if (row.getOrDefault("latitude", "").isEmpty() != row.getOrDefault("longitude", "").isEmpty()) {
				reject(number, "longitude", "field.position.both");
			}
			if (this.errors.size() != before) {
				return null;
			}
			if (latitude == null && parent.position() != null) {
				latitude = parent.position()[0];
				longitude = parent.position()[1];
			}
			return new Planned(name, kind, parent.existing(), parent.row(), address.isEmpty() ? null : address,
					latitude, longitude);
		}

		/**
		 * The row's parent: the import's organisation when none is given, else an earlier
		 * row of that name, else an organisation the caller manages of that id or name.
		 * Null, with the row rejected, when there is none or more than one.
		 */
		private Parent parent(int number, String text) {
			if (text.isEmpty()) {
				return this.top == null ? new Parent(null, null, null, false) : existing(this.top, false);
			}
			List<Integer> earlier = this.rowsByName.getOrDefault(text, List.of());
			if (earlier.size() > 1) {
				reject(number, "parent", "organisation.import.parent.ambiguous-row", text);
				return null;
			}
			if (earlier.size() == 1) {
				int index = earlier.get(0);
				Planned row = this.planned.get(index);
				return new Parent(null, index, this.kinds.get(index), true,
						row == null || row.latitude() == null ? null : new double[] { row.latitude(), row.longitude() },
						row != null);
			}
			if (ID.matcher(text).matches() && this.byId.containsKey(Long.valueOf(text))) {
				return existing(this.byId.get(Long.valueOf(text)), true);
			}
			List<Organisation> named = this.byName.getOrDefault(text, List.of());
			if (named.size() > 1) {
				reject(number, "parent", "organisation.import.parent.ambiguous", text);
				return null;
			}
			if (named.isEmpty()) {
				reject(number, "parent", "organisation.import.parent.unknown", text);
				return null;
			}
			return existing(named.get(0), true);
		}

		private Parent existing(Organisation organisation, boolean given) {
			return new Parent(organisation, null, organisation.getKind(), given, organisation.hasPosition()
					? new double[] { organisation.getLatitude(), organisation.getLongitude() } : null, true);
		}

		private Double coordinate(int number, Map<String, String> row, String field, double limit) {
			String text = row.getOrDefault(field, "");
			if (text.isEmpty()) {
				return null;
			}
			try {
				double value = Double.parseDouble(text);
				if (Double.isFinite(value) && Math.abs(value) <= limit) {
					return value;
				}
			}
			catch (NumberFormatException ex) {
				// refused below, as a number out of range is
			}
			reject(number, field, "field." + field);
			return null;
		}

		private void reject(int row, String field, String messageKey, Object... arguments) {
			this.errors.add(new FieldError(row, field, messageKey, arguments));
		}

	}

	/**
	 * Where a row goes: an organisation that exists, or an earlier row of the file.
	 *
	 * @param existing the organisation, or null
	 * @param row the index of the parent row, or null
	 * @param kind the parent's kind; null at the top of a tree, or for a row whose kind
	 * is wrong
	 * @param given whether the row named its parent
	 * @param position the parent's latitude and longitude, or null
	 * @param known whether the parent's kind is known, so that the row's kind can be
	 * checked against it (not for a parent row that failed)
	 */
	private record Parent(Organisation existing, Integer row, OrganisationKind kind, boolean given, double[] position,
			boolean known) {

		Parent(Organisation existing, Integer row, OrganisationKind kind, boolean given) {
			this(existing, row, kind, given, null, true);
		}

		String key() {
			if (this.row != null) {
				return "r" + this.row;
			}
			return this.existing == null ? "root" : "e" + this.existing.getId();
		}

	}

	static OrganisationKind kind(String text) {
		String key = text.strip().toLowerCase(Locale.ROOT);
		for (OrganisationKind kind : OrganisationKind.values()) {
			if (kind.name().toLowerCase(Locale.ROOT).equals(key)) {
				return kind;
			}
		}
		return KIND_NAMES.get(key);
	}

	private static <T> List<List<T>> batches(Collection<T> items) {
		List<T> all = new ArrayList<>(items);
		List<List<T>> batches = new ArrayList<>();
		for (int i = 0; i < all.size(); i += 1000) {
			batches.add(all.subList(i, Math.min(all.size(), i + 1000)));
		}
		return batches;
	}

}
