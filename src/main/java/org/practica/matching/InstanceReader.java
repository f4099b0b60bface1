package org.practica.matching;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

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

	/**
	 * One pass over one document, on two threads: this one reads the tokens and numbers
	 * the positions, and a {@link Numbering} of its own numbers the students, handed to
	 * it in chunks. Numbering the students is the larger share (a million ids, looked up
	 * ten million times, mostly cache misses), the rest about the same again, so the two
	 * overlap. Whatever is wrong first in the document is what is reported: the numbering
	 * only ever lags the parse.
	 */
	private static final class Parse {

		private final JsonParser parser;

		private final Ids positions = new Ids("position");

		/**
		 * Per defined student, in definition order: its list of provisional positions.
		 */
		private final Rows choices = new Rows();

		private final Numbering numbering = new Numbering();

		private Chunk chunk;

		private final Chunk list = new Chunk();

		private int[] capacities = new int[1024];

		private int studentRows;

		private boolean studentsSeen;

		private boolean positionsSeen;

		/** The kind and id of the student or position being read, for messages. */
		private String kind;

		private char[] id = new char[16];

		private int idLength;

		Parse(JsonParser parser) {
			this.parser = parser;
		}

		NamedInstance instance() {
			Thread thread = new Thread(this.numbering, "instance-numbering");
			thread.setDaemon(true);
			thread.start();
			try {
				this.chunk = this.numbering.freeChunk();
				parseDocument();
			}
			finally {
				// what the numbering finds wrong comes earlier in the document than
				// anything found here
				this.numbering.finish(this.chunk, thread);
				this.numbering.throwFailure();
			}
			return build();
		}

		private void parseDocument() {
			if (this.parser.nextToken() != JsonToken.START_OBJECT) {
				throw invalid("the instance must be a JSON object");
			}
			String field;
			while ((field = this.parser.nextName()) != null) {
				if (field.equals("students") && !this.studentsSeen) {
					this.studentsSeen = true;
					readStudents();
				}
				else if (field.equals("positions") && !this.positionsSeen) {
					this.positionsSeen = true;
					readPositions();
				}
				else {
					throw invalid("unexpected or repeated field \"" + field + "\" in the instance");
				}
				this.kind = null;
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
		}

		private void readStudents() {
			if (this.parser.nextToken() != JsonToken.START_OBJECT) {
				throw invalid("\"students\" must be an object of student id to list of position ids");
			}
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				keep("student");
				this.chunk.add(this.id, 0, this.idLength);
				this.chunk.op(Chunk.DEFINE_STUDENT, 1);
				int row = this.studentRows++;
				this.choices.startRow();
				if (this.parser.nextToken() != JsonToken.START_ARRAY) {
					throw invalid("the list of student " + quotedId() + " must be an array of position ids");
				}
				this.list.clear();
				int count = readIds(this.list);
				if (this.parser.currentToken() != JsonToken.END_ARRAY) {
					throw invalid("the list of student " + quotedId() + " must hold position ids as strings");
				}
				int repeated = this.positions.referAll(this.list, 0, count, row);
				int[] numbers = this.positions.numbers();
				if (repeated >= 0) {
					throw invalid("student " + quotedId() + " lists position "
							+ this.positions.quoted(numbers[repeated]) + " twice");
				}
				this.choices.addAll(numbers, count);
				handOffIfFull();
			}
		}

		private void readPositions() {
			if (this.parser.nextToken() != JsonToken.START_OBJECT) {
				throw invalid("\"positions\" must be an object of position id to capacity and ranking");
			}
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				keep("position");
				int row = this.positions.defined();
				this.positions.define(this.id, 0, this.idLength);
				String pid = quotedId();
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
						readRanking(pid);
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
				handOffIfFull();
			}
		}

		/** Keeps the id at the parser, the one being read, for messages. */
		private void keep(String kind) {
			int length = this.parser.getStringLength();
			if (length > this.id.length) {
				this.id = new char[Math.max(length, 2 * this.id.length)];
			}
			System.arraycopy(this.parser.getStringCharacters(), this.parser.getStringOffset(), this.id, 0, length);
			this.idLength = length;
			this.kind = kind;
		}

		private String quotedId() {
			return "\"" + new String(this.id, 0, this.idLength) + "\"";
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

		/** Hands the ranking on: the position's id, then the students'. */
		private void readRanking(String pid) {
			if (this.parser.nextToken() != JsonToken.START_ARRAY) {
				throw invalid("the ranking of position " + pid + " must be an array of student ids");
			}
			int ids = this.chunk.ids;
			this.chunk.add(this.id, 0, this.idLength);
			int count = readIds(this.chunk);
			if (this.parser.currentToken() != JsonToken.END_ARRAY) {
				this.chunk.ids = ids;
				throw invalid("the ranking of position " + pid + " must hold student ids as strings");
			}
			this.chunk.op(Chunk.RANKING, 1 + count);
		}

		/** Adds the strings of an array to the chunk, up to the first other token. */
		private int readIds(Chunk into) {
			int count = 0;
			while (this.parser.nextToken() == JsonToken.VALUE_STRING) {
				into.add(this.parser.getStringCharacters(), this.parser.getStringOffset(),
						this.parser.getStringLength());
				count++;
			}
			return count;
		}

		private void handOffIfFull() {
			if (this.chunk.full()) {
				this.chunk = this.numbering.handOff(this.chunk);
			}
		}

		private NamedInstance build() {
			Ids students = this.numbering.students;
			this.positions.checkDefined(students);
			students.checkDefined(this.positions);
			int[] choiceStart = this.choices.starts();
			int[] choiceEntries = this.positions.renumber(this.choices.entries());
			int[] rankingStart = this.numbering.rankings.starts();
			int[] rankingEntries = students.renumber(this.numbering.rankings.entries());
			MatchingInstance instance = MatchingInstance.ofRows(choiceStart, choiceEntries,
					Arrays.copyOf(this.capacities, this.positions.defined()), rankingStart, rankingEntries);
			return new NamedInstance(instance, students.names(), this.positions.names());
		}

		/** Names the student or position being read, if any. */
		String context() {
			return (this.kind != null) ? ", in " + this.kind + " " + quotedId() : "";
		}

		private InvalidInstanceException invalid(String message) {
			return new InvalidInstanceException(message);
		}

	}

	/**
	 * Ids and what to do with them, in document order: each operation takes the next
	 * {@code count} ids.
	 */
	private static final class Chunk {

		/** A student's id. */
		static final int DEFINE_STUDENT = 0;

		/** A position's id, then the students it ranks. */
		static final int RANKING = 1;

		/** About this many ids make a chunk. */
		private static final int IDS = 1 << 14;

		char[] chars;

		/** Id {@code i} is {@code chars[start[i] .. start[i+1])}. */
		int[] start;

		int ids;

		/** (operation, count) pairs. */
		int[] ops;

		int opCount;

		Chunk() {
			this(IDS);
		}

		Chunk(int ids) {
			this.chars = new char[8 * ids];
			this.start = new int[ids + 1];
			this.ops = new int[2 * ids + 2];
		}

		void clear() {
			this.ids = 0;
			this.opCount = 0;
		}

		boolean full() {
			return this.ids >= IDS || 2 * this.opCount + 4 > this.ops.length;
		}

		void add(char[] source, int offset, int length) {
			int from = this.start[this.ids];
			if (from + length > this.chars.length) {
				this.chars = Arrays.copyOf(this.chars, Math.max(2 * this.chars.length, from + length));
			}
			if (this.ids + 2 > this.start.length) {
				this.start = Arrays.copyOf(this.start, 2 * this.start.length);
			}
			System.arraycopy(source, offset, this.chars, from, length);
			this.start[++this.ids] = from + length;
		}

		void op(int operation, int count) {
			if (2 * this.opCount + 2 > this.ops.length) {
				this.ops = Arrays.copyOf(this.ops, 2 * this.ops.length);
			}
			this.ops[2 * this.opCount] = operation;
			this.ops[2 * this.opCount + 1] = count;
			this.opCount++;
		}

	}

	/**
	 * Numbers the students of the chunks it is handed, in order, on a thread of its own,
	 * and keeps the first thing it finds wrong.
	 */
	private static final class Numbering implements Runnable {

		/** Handed on after the last chunk. */
		private static final Chunk END = new Chunk(0);

		private static final int CHUNKS = 6;

		final Ids students = new Ids("student");

		/**
		 * Per defined position, in definition order: its ranking of provisional students.
		 */
		final Rows rankings = new Rows();

		private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS + 1);

		private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(CHUNKS);

		private volatile Throwable failure;

		Numbering() {
			for (int i = 0; i < CHUNKS; i++) {
				this.free.add(new Chunk());
			}
		}

		@Override
		public void run() {
			try {
				Chunk chunk;
				while ((chunk = this.full.take()) != END) {
					if (this.failure == null) {
						try {
							number(chunk);
						}
						catch (RuntimeException | Error ex) {
							this.failure = ex;
						}
					}
					chunk.clear();
					this.free.offer(chunk);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		private void number(Chunk chunk) {
			int id = 0;
			for (int k = 0; k < chunk.opCount; k++) {
				int count = chunk.ops[2 * k + 1];
				if (chunk.ops[2 * k] == Chunk.DEFINE_STUDENT) {
					int run = 1;
					while (k + run < chunk.opCount && chunk.ops[2 * (k + run)] == Chunk.DEFINE_STUDENT) {
						run++;
					}
					this.students.defineAll(chunk, id, run);
					k += run - 1;
					count = run;
				}
				else {
					int row = this.rankings.startRow();
					int repeated = this.students.referAll(chunk, id + 1, count - 1, row);
					int[] numbers = this.students.numbers();
					if (repeated >= 0) {
						String pid = new String(chunk.chars, chunk.start[id], chunk.start[id + 1] - chunk.start[id]);
						throw new InvalidInstanceException("position \"" + pid + "\" ranks student "
								+ this.students.quoted(numbers[repeated]) + " twice");
					}
					this.rankings.addAll(numbers, count - 1);
				}
				id += count;
			}
		}

		/**
		 * Hands a chunk on and returns an empty one; stops the parse once numbering
		 * failed (the chunk is then left to {@link #finish}).
		 */
		Chunk handOff(Chunk chunk) {
			throwFailure();
			put(chunk);
			return freeChunk();
		}

		/**
		 * An empty chunk. Waiting for one, for room in the queue or for the numbering to
		 * end is not cut short by an interrupt (which is kept for the caller): the read
		 * completes as a single-threaded one would, and never leaves the numbering's
		 * thread waiting.
		 */
		Chunk freeChunk() {
			boolean interrupted = false;
			try {
				while (true) {
					try {
						return this.free.take();
					}
					catch (InterruptedException ex) {
						interrupted = true;
					}
				}
			}
			finally {
				keepInterrupt(interrupted);
			}
		}

		/** Hands on the last chunk, if any, and waits until everything is numbered. */
		void finish(Chunk last, Thread thread) {
			if (last != null) {
				put(last);
			}
			put(END);
			boolean interrupted = false;
			try {
				while (true) {
					try {
						thread.join();
						return;
					}
					catch (InterruptedException ex) {
						interrupted = true;
					}
				}
			}
			finally {
				keepInterrupt(interrupted);
			}
		}

		void throwFailure() {
			Throwable failure = this.failure;
			if (failure instanceof Error error) {
				throw error;
			}
			if (failure != null) {
				throw (RuntimeException) failure;
			}
		}

		private void put(Chunk chunk) {
			boolean interrupted = false;
			try {
				while (true) {
					try {
						this.full.put(chunk);
						return;
					}
					catch (InterruptedException ex) {
						interrupted = true;
					}
				}
			}
			finally {
				keepInterrupt(interrupted);
			}
		}

		private static void keepInterrupt(boolean interrupted) {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
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

		/**
		 * Per provisional number: the row (definition) of the other side's first
		 * referrer.
		 */
		private int[] referrer = new int[1024];

		/** Per definition: the provisional number. */
		private int[] definedAs = new int[1024];

		private int[] numbers = new int[256];

		private int defined;

		Ids(String kind) {
			this.kind = kind;
		}

		/**
		 * Numbers the {@code count} ids of the chunk from {@code first}, the list of the
		 * other side's definition {@code row}, into {@link #numbers()}, and returns the
		 * index of the first id repeated in the list, or -1.
		 */
		int referAll(Chunk chunk, int first, int count, int row) {
			if (count > this.numbers.length) {
				this.numbers = new int[Math.max(count, 2 * this.numbers.length)];
			}
			int known = this.index.size();
			int repeated = this.index.numberList(chunk.chars, chunk.start, first, count, row, this.numbers);
			for (int i = known; i < this.index.size(); i++) {
				added(i, row);
			}
			return repeated;
		}

		int[] numbers() {
			return this.numbers;
		}

		/** Defines the {@code count} ids of the chunk from {@code first}. */
		void defineAll(Chunk chunk, int first, int count) {
			for (int from = first, end = first + count; from < end; from += 256) {
				int batch = Math.min(256, end - from);
				this.index.touch(chunk.chars, chunk.start, from, batch);
				for (int i = from; i < from + batch; i++) {
					define(chunk.chars, chunk.start[i], chunk.start[i + 1] - chunk.start[i]);
				}
			}
		}

		/** Defines an id, returning its provisional number. */
		int define(char[] chars, int offset, int length) {
			int i = this.index.find(chars, offset, length);
			if (i == IdIndex.ABSENT) {
				i = this.index.add(chars, offset, length);
				added(i, UNDEFINED);
			}
			if (this.order[i] != UNDEFINED) {
				throw new InvalidInstanceException(this.kind + " " + quoted(i) + " is defined twice");
			}
			if (this.defined == this.definedAs.length) {
				this.definedAs = Arrays.copyOf(this.definedAs, 2 * this.defined);
			}
			this.definedAs[this.defined] = i;
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
							+ other.quoted(other.definedAs[this.referrer[i]]));
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

	/**
	 * Rows of ints appended one after another, as compressed rows. The entries grow in
	 * blocks rather than by copying into ever larger arrays: ten million entries would
	 * otherwise leave as much again behind as garbage, and every fresh page costs a
	 * fault.
	 */
	private static final class Rows {

		private static final int BLOCK = 1 << 18;

		private int[] starts = new int[1024];

		private int[][] blocks = new int[16][];

		private int rows;

		private long size;

		/** Starts a new row and returns its number. */
		int startRow() {
			if (this.rows + 1 >= this.starts.length) {
				this.starts = Arrays.copyOf(this.starts, this.starts.length * 2);
			}
			this.starts[this.rows] = Math.toIntExact(this.size);
			return this.rows++;
		}

		void addAll(int[] values, int count) {
			int done = 0;
			while (done < count) {
				int block = (int) (this.size / BLOCK);
				int at = (int) (this.size % BLOCK);
				if (block == this.blocks.length) {
					this.blocks = Arrays.copyOf(this.blocks, 2 * block);
				}
				if (this.blocks[block] == null) {
					this.blocks[block] = new int[BLOCK];
				}
				int n = Math.min(count - done, BLOCK - at);
				System.arraycopy(values, done, this.blocks[block], at, n);
				done += n;
				this.size += n;
			}
		}

		int[] starts() {
			int[] result = Arrays.copyOf(this.starts, this.rows + 1);
			result[this.rows] = Math.toIntExact(this.size);
			return result;
		}

		int[] entries() {
			int[] entries = new int[Math.toIntExact(this.size)];
			for (int block = 0, from = 0; from < entries.length; block++, from += BLOCK) {
				System.arraycopy(this.blocks[block], 0, entries, from, Math.min(BLOCK, entries.length - from));
				this.blocks[block] = null;
			}
			return entries;
		}

	}

}
