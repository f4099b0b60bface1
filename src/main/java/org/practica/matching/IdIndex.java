package org.practica.matching;

import java.util.Arrays;

/**
 * Numbers distinct ids {@code 0, 1, 2, …} in the order they are added, looked up from the
 * parser's character buffers without making a String per lookup.
 * <p>
 * Loading an instance does tens of millions of lookups in a table of up to a million ids,
 * and their cache misses are most of its time; a {@code HashMap<String, Integer>} touches
 * five scattered objects per lookup. Here the table is one long array of open-addressing
 * slots (linear probing) of two words: the hash with the id's number, and the id itself
 * packed six bits a character when it is at most {@value #INLINE_LENGTH} characters of
 * {@code [0-9A-Za-z_-]} (student and position ids usually are). A lookup of such an id
 * touches one slot and nothing else. Any other id is compared with its characters in one
 * character pool, which also keeps every id for {@link #names}. Whether an id was already
 * seen in the current list (a repeat) is read from one int per id.
 */
final class IdIndex {

	static final int ABSENT = -1;

	/** The longest id kept in its slot. */
	static final int INLINE_LENGTH = 10;

	/**
	 * Marks a slot whose id is in the pool: the top four bits; the rest is the record.
	 */
	private static final long POOLED = 0xFL << 60;

	/** The key of an id that is not kept in its slot. */
	private static final long NOT_INLINE = -1;

	private static final byte[] SIXBITS = new byte[128];

	static {
		Arrays.fill(SIXBITS, (byte) -1);
		String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
		for (int i = 0; i < alphabet.length(); i++) {
			SIXBITS[alphabet.charAt(i)] = (byte) i;
		}
	}

	private int[] hashes = new int[256];

	private long[] keys = new long[256];

	private long[] heads = new long[256];

	private long[] stored = new long[256];

	/** Per slot: hash and number plus one (0 for an empty slot), then the key. */
	private long[] slots = new long[2 << 10];

	private int mask = (1 << 10) - 1;

	/** Per id: its length (two chars), then its characters. */
	private char[] records = new char[1 << 14];

	private int recordsSize;

	private int[] recordOf = new int[1 << 10];

	/** Per id: the last list it was seen in, plus one. */
	private int[] lastList = new int[1 << 10];

	private int count;

	int size() {
		return this.count;
	}

	/**
	 * The hash of an id whose {@link #key} is given: mixed from the key when the id is
	 * kept in its slot, else from its characters.
	 */
	static int hash(char[] chars, int offset, int length, long key) {
		long h = key;
		if (key == NOT_INLINE) {
			for (int i = offset, end = offset + length; i < end; i++) {
				h = 31 * h + chars[i];
			}
		}
		// spread the bits (the MurmurHash3 finaliser), as the table is a power of two
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return (int) h;
	}

	/**
	 * The id packed in a long (length in the top four bits, then six bits a character),
	 * or {@link #NOT_INLINE}.
	 */
	static long key(char[] chars, int offset, int length) {
		if (length > INLINE_LENGTH) {
			return NOT_INLINE;
		}
		long key = (long) length << 60;
		for (int i = 0; i < length; i++) {
			char c = chars[offset + i];
			int bits = (c < 128) ? SIXBITS[c] : -1;
			if (bits < 0) {
				return NOT_INLINE;
			}
			key |= (long) bits << (6 * i);
		}
		return key;
	}

	/**
	 * Returns the number of an id, or {@link #ABSENT} if it was never added.
	 */
	int find(char[] chars, int offset, int length) {
		long key = key(chars, offset, length);
		return find(chars, offset, length, hash(chars, offset, length, key), key);
	}

	private int find(char[] chars, int offset, int length, int hash, long key) {
		long[] slots = this.slots;
		int mask = this.mask;
		int slot = hash & mask;
		while (true) {
			long head = slots[2 * slot];
			if (head == 0) {
				return ABSENT;
			}
			if ((int) (head >>> 32) == hash) {
				long stored = slots[2 * slot + 1];
				if (stored == key || (key == NOT_INLINE && (stored & POOLED) == POOLED
						&& matches(stored, chars, offset, length))) {
					return (int) head - 1;
				}
			}
			slot = (slot + 1) & mask;
		}
	}

	/**
	 * Numbers the ids {@code chars[start[first+i] .. start[first+i+1])},
	 * {@code i < count}, of one list into {@code numbers}, adding the ones not yet known,
	 * and returns the index of the first id that occurs earlier in the same list, or -1.
	 * Lists are told apart by {@code list}, which must differ from call to call.
	 */
	int numberList(char[] chars, int[] start, int first, int count, int list, int[] numbers) {
		if (count > this.hashes.length) {
			this.hashes = new int[Math.max(count, 2 * this.hashes.length)];
			this.keys = new long[this.hashes.length];
			this.heads = new long[this.hashes.length];
			this.stored = new long[this.hashes.length];
		}
		int[] hashes = this.hashes;
		long[] keys = this.keys;
		for (int i = 0; i < count; i++) {
			int from = start[first + i];
			int length = start[first + i + 1] - from;
			long key = key(chars, from, length);
			keys[i] = key;
			hashes[i] = hash(chars, from, length, key);
		}
		// the first slot of each id first: loads independent of each other, so that
		// their cache misses overlap; then most ids are found in that slot
		long[] slots = this.slots;
		int mask = this.mask;
		long[] heads = this.heads;
		long[] stored = this.stored;
		for (int i = 0; i < count; i++) {
			int slot = hashes[i] & mask;
			heads[i] = slots[2 * slot];
			stored[i] = slots[2 * slot + 1];
		}
		for (int i = 0; i < count; i++) {
			long head = heads[i];
			if (head != 0 && (int) (head >>> 32) == hashes[i] && stored[i] == keys[i] && keys[i] != NOT_INLINE) {
				numbers[i] = (int) head - 1;
			}
			else {
				int from = start[first + i];
				numbers[i] = find(chars, from, start[first + i + 1] - from, hashes[i], keys[i]);
			}
		}
		int stamp = list + 1;
		for (int i = 0; i < count; i++) {
			int number = numbers[i];
			if (number == ABSENT) {
				int from = start[first + i];
				int length = start[first + i + 1] - from;
				// look again: the same new id may occur earlier in this list
				number = find(chars, from, length, hashes[i], keys[i]);
				if (number == ABSENT) {
					number = add(chars, from, length, hashes[i], keys[i]);
				}
				numbers[i] = number;
			}
			if (this.lastList[number] == stamp) {
				return i;
			}
			this.lastList[number] = stamp;
		}
		return -1;
	}

	/**
	 * Loads the first slot of each of the ids {@code chars[start[first+i] ..
	 * start[first+i+1])}, {@code i < count}, into the cache at once, so that finding or
	 * adding them one by one right after does not wait for memory id after id.
	 */
	void touch(char[] chars, int[] start, int first, int count) {
		if (count > this.heads.length) {
			return;
		}
		long[] slots = this.slots;
		int mask = this.mask;
		for (int i = 0; i < count; i++) {
			int from = start[first + i];
			int length = start[first + i + 1] - from;
			this.heads[i] = slots[2 * (hash(chars, from, length, key(chars, from, length)) & mask)];
		}
	}

	/**
	 * Adds an id that is not in the index and returns its number.
	 */
	int add(char[] chars, int offset, int length) {
		long key = key(chars, offset, length);
		return add(chars, offset, length, hash(chars, offset, length, key), key);
	}

	private int add(char[] chars, int offset, int length, int hash, long key) {
		int number = this.count++;
		if (number == this.recordOf.length) {
			this.recordOf = Arrays.copyOf(this.recordOf, 2 * number);
			this.lastList = Arrays.copyOf(this.lastList, 2 * number);
		}
		int record = this.recordsSize;
		int size = record + 2 + length;
		if (size > this.records.length || size < 0) {
			this.records = Arrays.copyOf(this.records, Math.max(2 * this.records.length, size));
		}
		this.records[record] = (char) (length >>> 16);
		this.records[record + 1] = (char) length;
		System.arraycopy(chars, offset, this.records, record + 2, length);
		this.recordsSize = size;
		this.recordOf[number] = record;
		if (2 * this.count > this.mask + 1) {
			grow();
		}
		place(((long) hash << 32) | (number + 1), (key != NOT_INLINE) ? key : (POOLED | record));
		return number;
	}

	/**
	 * Returns all ids, id number {@code n} at index {@code index[n]}.
	 * @param index a permutation of the numbers
	 * @return the ids by index
	 */
	IdNames names(int[] index) {
		int[] start = new int[this.count + 1];
		for (int number = 0; number < this.count; number++) {
			start[index[number] + 1] = lengthAt(this.recordOf[number]);
		}
		for (int i = 0; i < this.count; i++) {
			start[i + 1] += start[i];
		}
		char[] chars = new char[start[this.count]];
		for (int number = 0; number < this.count; number++) {
			int record = this.recordOf[number];
			System.arraycopy(this.records, record + 2, chars, start[index[number]], lengthAt(record));
		}
		return new IdNames(chars, start);
	}

	String id(int number) {
		int record = this.recordOf[number];
		return new String(this.records, record + 2, lengthAt(record));
	}

	private boolean matches(long stored, char[] chars, int offset, int length) {
		int record = (int) (stored & ~POOLED);
		if (lengthAt(record) != length) {
			return false;
		}
		return Arrays.equals(this.records, record + 2, record + 2 + length, chars, offset, offset + length);
	}

	private int lengthAt(int record) {
		return (this.records[record] << 16) | this.records[record + 1];
	}

	private void place(long head, long key) {
		int slot = (int) (head >>> 32) & this.mask;
		while (this.slots[2 * slot] != 0) {
			slot = (slot + 1) & this.mask;
		}
		this.slots[2 * slot] = head;
		this.slots[2 * slot + 1] = key;
	}

	private void grow() {
		long[] old = this.slots;
		int capacity = 2 * (this.mask + 1);
		this.slots = new long[2 * capacity];
		this.mask = capacity - 1;
		for (int slot = 0; slot < old.length; slot += 2) {
			if (old[slot] != 0) {
				place(old[slot], old[slot + 1]);
			}
		}
	}

}
