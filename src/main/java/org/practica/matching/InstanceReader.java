package org.practica.matching;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads an instance in the JSON format <pre>
 * {"students": {"&lt;sid&gt;": ["&lt;pid&gt;", …best first]},
 *  "positions": {"&lt;pid&gt;": {"capacity": n, "ranking": ["&lt;sid&gt;", …best first]}}}
 * </pre> in one streaming pass. The two sections may come in either order, so ids are
 * given provisional indices when first seen and renumbered in the order they are defined
 * at the end. Rejects, naming the offending id: malformed JSON, an id used but not
 * defined, an id defined twice, a duplicate in a list, a missing, negative or non-integer
 * capacity, and unexpected fields.
 */
public final class InstanceReader {

	// A million distinct student ids as property names would fill Jackson's symbol table
	// (and could overflow its hash protection), so property names are not canonicalised.
	private static final JsonFactory JSON = JsonFactory.builder()
		.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
		.disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
		.build();

	private InstanceReader() {
	}

	/**
	 * Reads an instance file.
	 * @param file the JSON file
	 * @return the instance with its ids
	 * @throws InvalidInstanceException if the content is malformed or inconsistent
	 * @throws IOException if the file cannot be read
	 */
	public static NamedInstance read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in);
		}
	}

	/**
	 * Reads an instance from a stream, which is not closed.
	 * @param in the JSON content
	 * @return the instance with its ids
	 * @throws InvalidInstanceException if the content is malformed or inconsistent
	 * @throws IOException if the stream cannot be read
	 */
	public static NamedInstance read(InputStream in) throws IOException {
		Parse parse = null;
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
			parse = new Parse(parser);
			return parse.instance();
		}
		catch (JacksonIOException ex) {
			throw ex.getCause();
		}
		catch (JacksonException ex) {
			String context = (parse != null) ? parse.context() : "";
			throw new InvalidInstanceException(
					"malformed JSON " + where(ex.getLocation()) + context + ": " + firstSentence(ex), ex);
		}
	}

	private static String firstSentence(JacksonException ex) {
		String message = (ex.getOriginalMessage() != null) ? ex.getOriginalMessage() : "";
		message = message.lines().findFirst().orElse("");
		// Jackson appends where an unclosed array or object started, without a source
		int marker = message.indexOf(" (start marker at");
		return (marker > 0) ? message.substring(0, marker) : message;
	}

	private static String where(TokenStreamLocation location) {
		if (location == null) {
			return "";
		}
		return "at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

	/** One pass over one document. */
	private static final class Parse {

		private final JsonParser parser;

		private final Ids students = new Ids("student");

		private final Ids positions = new Ids("position");

		/**
		 * Per defined student, in definition order: its list of provisional positions.
		 */
		private final Rows choices = new Rows();

		/**
		 * Per defined position, in definition order: its ranking of provisional students.
		 */
		private final Rows rankings = new Rows();

		private int[] capacities = new int[1024];

		private final Batch batch = new Batch();

		private boolean studentsSeen;

		/** The student or position being read, to say where malformed JSON was found. */
		private int student = -1;

		private int position = -1;

		private boolean positionsSeen;

		Parse(JsonParser parser) {
			this.parser = parser;
		}

		NamedInstance instance() {
			if (this.parser.nextToken() != JsonToken.START_OBJECT) {
				throw invalid("the instance must be a JSON object");
			}
			String field;
			while ((field = this.parser.nextName()) != null) {
				if (field.equals("students") && !this.studentsSeen) {
					this.studentsSeen = true;
					readStudents();
					this.student = -1;
				}
				else if (field.equals("positions") && !this.positionsSeen) {
					this.positionsSeen = true;
					readPositions();
					this.position = -1;
				}
				else {
					throw invalid("unexpected or repeated field \"" + field + "\" in the instance");
				}
			}
			if (this.parser.currentToken() != JsonToken.END_OBJECT) {
				throw invalid("the instance must be a JSON object of \"students\" and \"positions\"");
			}
			if (this.parser.nextToken() != null) {
				throw invalid("unexpected content after the instance " + where(this.parser.currentTokenLocation()));
			}
			if (!this.studentsSeen || !this.positionsSeen) {
				throw invalid("the instance needs both \"students\" and \"positions\"");
			}
			return build();
		}

		private void readStudents() {
			if (this.parser.nextToken() != JsonToken.START_OBJECT) {
				throw invalid("\"students\" must be an object of student id to list of position ids");
			}
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				int student = this.students.define(this.parser);
				this.student = student;
				int row = this.choices.startRow();
				if (this.parser.nextToken() != JsonToken.START_ARRAY) {
					throw invalid("the list of student " + this.students.quoted(student)
							+ " must be an array of position ids");
				}
				readIds(this.batch);
				if (this.parser.currentToken() != JsonToken.END_ARRAY) {
					throw invalid("the list of student " + this.students.quoted(student)
							+ " must hold position ids as strings");
				}
				int repeated = this.positions.referAll(this.batch, student, row);
				int[] positions = this.positions.numbers();
				if (repeated >= 0) {
					throw invalid("student " + this.students.quoted(student) + " lists position "
							+ this.positions.quoted(positions[repeated]) + " twice");
				}
				this.choices.addAll(positions, this.batch.count());
			}
		}

		private void readPositions() {
			if (this.parser.nextToken() != JsonToken.START_OBJECT) {
				throw invalid("\"positions\" must be an object of position id to capacity and ranking");
			}
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				int position = this.positions.define(this.parser);
				this.position = position;
				String pid = this.positions.quoted(position);
				int row = this.rankings.startRow();
				if (this.parser.nextToken() != JsonToken.START_OBJECT) {
					throw invalid("position " + pid + " must be an object with \"capacity\" and \"ranking\"");
				}
				int capacity = -1;
				boolean ranked = false;
				String field;
				while ((field = this.parser.nextName()) != null) {
					if (field.equals("capacity") && capacity < 0) {
						capacity = readCapacity(pid);
					}
					else if (field.equals("ranking") && !ranked) {
						ranked = true;
						readRanking(pid, position, row);
					}
					else {
						throw invalid("unexpected or repeated field \"" + field + "\" in position " + pid);
					}
				}
				if (capacity < 0) {
					throw invalid("position " + pid + " has no capacity");
				}
				if (!ranked) {
					throw invalid("position " + pid + " has no ranking");
				}
				if (row == this.capacities.length) {
					this.capacities = Arrays.copyOf(this.capacities, row * 2);
				}
				this.capacities[row] = capacity;
			}
		}

		private int readCapacity(String pid) {
			if (this.parser.nextToken() != JsonToken.VALUE_NUMBER_INT) {
				throw invalid("the capacity of position " + pid + " must be an integer");
			}
			if (this.parser.getNumberType() != JsonParser.NumberType.INT) {
				throw invalid("the capacity of position " + pid + " is out of range: " + this.parser.getString());
			}
			int capacity = this.parser.getIntValue();
			if (capacity < 0) {
				throw invalid("position " + pid + " has negative capacity " + capacity);
			}
			return capacity;
		}

		private void readRanking(String pid, int position, int row) {
			if (this.parser.nextToken() != JsonToken.START_ARRAY) {
				throw invalid("the ranking of position " + pid + " must be an array of student ids");
			}
			readIds(this.batch);
			if (this.parser.currentToken() != JsonToken.END_ARRAY) {
				throw invalid("the ranking of position " + pid + " must hold student ids as strings");
			}
			int repeated = this.students.referAll(this.batch, position, row);
			int[] students = this.students.numbers();
			if (repeated >= 0) {
				throw invalid(
						"position " + pid + " ranks student " + this.students.quoted(students[repeated]) + " twice");
			}
			this.rankings.addAll(students, this.batch.count());
		}

		/** Collects the strings of an array, up to the first other token. */
		private void readIds(Batch batch) {
			batch.clear();
			while (this.parser.nextToken() == JsonToken.VALUE_STRING) {
				batch.add(this.parser.getStringCharacters(), this.parser.getStringOffset(),
						this.parser.getStringLength());
			}
		}

		private NamedInstance build() {
			this.positions.checkDefined(this.students);
			this.students.checkDefined(this.positions);
			int[] choiceStart = this.choices.starts();
			int[] choiceEntries = this.positions.renumber(this.choices.entries());
			int[] rankingStart = this.rankings.starts();
			int[] rankingEntries = this.students.renumber(this.rankings.entries());
			MatchingInstance instance = MatchingInstance.ofRows(choiceStart, choiceEntries,
					Arrays.copyOf(this.capacities, this.positions.defined()), rankingStart, rankingEntries);
			return new NamedInstance(instance, this.students.names(), this.positions.names());
		}

		/** Names the student or position being read, if any. */
		String context() {
			if (this.position >= 0) {
				return ", in position " + this.positions.quoted(this.position);
			}
			if (this.student >= 0) {
				return ", in student " + this.students.quoted(this.student);
			}
			return "";
		}

		private InvalidInstanceException invalid(String message) {
			return new InvalidInstanceException(message);
		}

	}

	/**
	 * The ids of one side: a provisional number per id seen, the order in which ids are
	 * defined, and the first referrer of each (for messages).
	 */
	private static final class Ids {

		private static final int UNDEFINED = -1;

		private final String kind;

		private final IdIndex index = new IdIndex();

		private int[] order = new int[1024];

		private int[] referrer = new int[1024];

		private int[] numbers = new int[256];

		private int defined;

		Ids(String kind) {
			this.kind = kind;
		}

		/**
		 * Numbers the ids of list {@code row}, which belongs to {@code by}, into
		 * {@link #numbers()}, and returns the index of the first id repeated in the list,
		 * or -1.
		 */
		int referAll(Batch batch, int by, int row) {
			int count = batch.count();
			if (count > this.numbers.length) {
				this.numbers = new int[Math.max(count, 2 * this.numbers.length)];
			}
			int known = this.index.size();
			int repeated = this.index.numberList(batch.chars(), batch.starts(), count, row, this.numbers);
			for (int i = known; i < this.index.size(); i++) {
				added(i, by);
			}
			return repeated;
		}

		int[] numbers() {
			return this.numbers;
		}

		/** Defines the id at the parser, returning its provisional number. */
		int define(JsonParser parser) {
			char[] chars = parser.getStringCharacters();
			int offset = parser.getStringOffset();
			int length = parser.getStringLength();
			int hash = IdIndex.hash(chars, offset, length);
			int known = this.index.find(chars, offset, length, hash);
			int i = known;
			if (known < 0) {
				i = this.index.add(chars, offset, length, hash);
				added(i, UNDEFINED);
			}
			if (this.order[i] != UNDEFINED) {
				throw new InvalidInstanceException(this.kind + " " + quoted(i) + " is defined twice");
			}
			this.order[i] = this.defined++;
			return i;
		}

		String quoted(int i) {
			return "\"" + this.index.id(i) + "\"";
		}

		private void added(int i, int by) {
			if (i == this.order.length) {
				this.order = Arrays.copyOf(this.order, 2 * i);
				this.referrer = Arrays.copyOf(this.referrer, 2 * i);
			}
			this.order[i] = UNDEFINED;
			this.referrer[i] = by;
		}

		void checkDefined(Ids other) {
			for (int i = 0; i < this.index.size(); i++) {
				if (this.order[i] == UNDEFINED) {
					String listing = other.kind.equals("student") ? "the list of student" : "the ranking of position";
					throw new InvalidInstanceException("unknown " + this.kind + " " + quoted(i) + " in " + listing + " "
							+ other.quoted(this.referrer[i]));
				}
			}
		}

		/** Replaces provisional numbers by definition order, unless they are the same. */
		int[] renumber(int[] entries) {
			boolean same = true;
			for (int i = 0; i < this.defined && same; i++) {
				same = this.order[i] == i;
			}
			if (!same) {
				for (int k = 0; k < entries.length; k++) {
					entries[k] = this.order[entries[k]];
				}
			}
			return entries;
		}

		int defined() {
			return this.defined;
		}

		IdNames names() {
			return this.index.names(this.order);
		}

	}

	/** The ids of one list, as slices of one character buffer. */
	private static final class Batch {

		private char[] chars = new char[4096];

		private int[] start = new int[257];

		private int count;

		void clear() {
			this.count = 0;
		}

		void add(char[] source, int offset, int length) {
			int from = this.start[this.count];
			if (from + length > this.chars.length) {
				this.chars = Arrays.copyOf(this.chars, Math.max(2 * this.chars.length, from + length));
			}
			if (this.count + 2 > this.start.length) {
				this.start = Arrays.copyOf(this.start, 2 * this.start.length);
			}
			System.arraycopy(source, offset, this.chars, from, length);
			this.start[++this.count] = from + length;
		}

		int count() {
			return this.count;
		}

		char[] chars() {
			return this.chars;
		}

		int offset(int i) {
			return this.start[i];
		}

		int[] starts() {
			return this.start;
		}

		int length(int i) {
			return this.start[i + 1] - this.start[i];
		}

	}

	/** Rows of ints appended one after another, as compressed rows. */
	private static final class Rows {

		private int[] starts = new int[1024];

		private int[] entries = new int[4096];

		private int rows;

		private int size;

		/** Starts a new row and returns its number. */
		int startRow() {
			if (this.rows + 1 >= this.starts.length) {
				this.starts = Arrays.copyOf(this.starts, this.starts.length * 2);
			}
			this.starts[this.rows] = this.size;
			return this.rows++;
		}

		void addAll(int[] values, int count) {
			if (this.size + count > this.entries.length) {
				this.entries = Arrays.copyOf(this.entries, Math.max(this.size + count, this.entries.length * 2));
			}
			System.arraycopy(values, 0, this.entries, this.size, count);
			this.size += count;
		}

		int[] starts() {
			int[] result = Arrays.copyOf(this.starts, this.rows + 1);
			result[this.rows] = this.size;
			return result;
		}

		int[] entries() {
			return Arrays.copyOf(this.entries, this.size);
		}

	}

}
