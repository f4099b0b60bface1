package org.practica.matching;

import java.util.Arrays;

/**
 * Numbers distinct ids {@code 0, 1, 2, …} in the order they are added, looked up from the
 * parser's character buffers without making a String per lookup.
 * <p>
 * Loading an instance does tens of millions of lookups in a table of up to a million ids,
 * and their cache misses are most of its time; a {@code HashMap<String, Integer>} touches
 * five scattered objects per lookup. Here a lookup touches two places: a slot of an
 * open-addressing table (one int array of (hash, record) pairs, linear probing) and a
 * record in one character pool holding the id's length, number, the last list it was seen
 * in, and its characters. {@link #numberList} looks up a whole list in passes so that the
 * processor overlaps the misses of different ids, and finds an id repeated in the list
 * from the record it has already fetched.
 */
final class IdIndex {

	static final int ABSENT = -1;

	private static final int HEADER = 6;

	private int[] hashes = new int[256];

	private int[] found = new int[256];

	/** Per slot: the hash, and the record's offset plus one; 0 for an empty slot. */
	private int[] slots = new int[2 << 10];

	private int mask = (1 << 10) - 1;

	/**
	 * Per id: length, number, last list plus one (two chars each), then the characters.
	 */
	private char[] records = new char[1 << 14];

	private int recordsSize;

	private int[] recordOf = new int[1 << 10];

	private int count;

	int size() {
		return this.count;
	}

	static int hash(char[] chars, int offset, int length) {
		int h = 0;
		for (int i = offset, end = offset + length; i < end; i++) {
			h = 31 * h + chars[i];
		}
		// spread the bits (the MurmurHash3 finaliser), as the table is a power of two
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		h *= 0xc2b2ae35;
		h ^= h >>> 16;
		return h;
	}

	/**
	 * Returns the number of an id, or {@link #ABSENT} if it was never added.
	 */
	int find(char[] chars, int offset, int length, int hash) {
		int record = findRecord(chars, offset, length, hash);
		return (record >= 0) ? intAt(record + 2) : ABSENT;
	}

	private int findRecord(char[] chars, int offset, int length, int hash) {
		int slot = hash & this.mask;
		while (true) {
			int record = this.slots[2 * slot + 1] - 1;
			if (record < 0) {
				return ABSENT;
			}
			if (this.slots[2 * slot] == hash && matches(record, chars, offset, length)) {
				return record;
			}
			slot = (slot + 1) & this.mask;
		}
	}

	/**
	 * Numbers the ids {@code chars[start[i] .. start[i+1])}, {@code i < count}, of one
	 * list into {@code numbers}, adding the ones not yet known, and returns the index of
	 * the first id that occurs earlier in the same list, or -1. Lists are told apart by
	 * {@code list}, which must differ from call to call.
	 */
	int numberList(char[] chars, int[] start, int count, int list, int[] numbers) {
		if (count > this.hashes.length) {
			this.hashes = new int[Math.max(count, 2 * this.hashes.length)];
			this.found = new int[this.hashes.length];
		}
		int[] hashes = this.hashes;
		int[] found = this.found;
		for (int i = 0; i < count; i++) {
			hashes[i] = hash(chars, start[i], start[i + 1] - start[i]);
		}
		// the slots: the first one of a matching hash, or an empty one
		int[] slots = this.slots;
		int mask = this.mask;
		for (int i = 0; i < count; i++) {
			int hash = hashes[i];
			int slot = hash & mask;
			int record = slots[2 * slot + 1] - 1;
			while (record >= 0 && slots[2 * slot] != hash) {
				slot = (slot + 1) & mask;
				record = slots[2 * slot + 1] - 1;
			}
			found[i] = record;
		}
		// the records, with a full probe on a hash collision
		for (int i = 0; i < count; i++) {
			int record = found[i];
			if (record >= 0 && !matches(record, chars, start[i], start[i + 1] - start[i])) {
				found[i] = findRecord(chars, start[i], start[i + 1] - start[i], hashes[i]);
			}
		}
		int stamp = list + 1;
		for (int i = 0; i < count; i++) {
			int record = found[i];
			if (record < 0) {
				// look again: the same new id may occur earlier in this list
				record = findRecord(chars, start[i], start[i + 1] - start[i], hashes[i]);
				if (record < 0) {
					int number = add(chars, start[i], start[i + 1] - start[i], hashes[i]);
					record = this.recordOf[number];
				}
			}
			numbers[i] = intAt(record + 2);
			if (intAt(record + 4) == stamp) {
				return i;
			}
			setIntAt(record + 4, stamp);
		}
		return -1;
	}

	/**
	 * Adds an id that is not in the index and returns its number.
	 */
	int add(char[] chars, int offset, int length, int hash) {
		int number = this.count++;
		if (number == this.recordOf.length) {
			this.recordOf = Arrays.copyOf(this.recordOf, 2 * number);
		}
		int record = this.recordsSize;
		int size = record + HEADER + length;
		if (size > this.records.length || size < 0) {
			this.records = Arrays.copyOf(this.records, Math.max(2 * this.records.length, size));
		}
		setIntAt(record, length);
		setIntAt(record + 2, number);
		setIntAt(record + 4, 0);
		System.arraycopy(chars, offset, this.records, record + HEADER, length);
		this.recordsSize = size;
		this.recordOf[number] = record;
		if (2 * this.count > this.mask + 1) {
			grow();
		}
		place(hash, record);
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
			start[index[number] + 1] = intAt(this.recordOf[number]);
		}
		for (int i = 0; i < this.count; i++) {
			start[i + 1] += start[i];
		}
		char[] chars = new char[start[this.count]];
		for (int number = 0; number < this.count; number++) {
			int record = this.recordOf[number];
			System.arraycopy(this.records, record + HEADER, chars, start[index[number]], intAt(record));
		}
		return new IdNames(chars, start);
	}

	String id(int number) {
		int record = this.recordOf[number];
		return new String(this.records, record + HEADER, intAt(record));
	}

	private boolean matches(int record, char[] chars, int offset, int length) {
		if (intAt(record) != length) {
			return false;
		}
		char[] records = this.records;
		int from = record + HEADER;
		for (int i = 0; i < length; i++) {
			if (records[from + i] != chars[offset + i]) {
				return false;
			}
		}
		return true;
	}

	private int intAt(int at) {
		return (this.records[at] << 16) | this.records[at + 1];
	}

	private void setIntAt(int at, int value) {
		this.records[at] = (char) (value >>> 16);
		this.records[at + 1] = (char) value;
	}

	private void place(int hash, int record) {
		int slot = hash & this.mask;
		while (this.slots[2 * slot + 1] != 0) {
			slot = (slot + 1) & this.mask;
		}
		this.slots[2 * slot] = hash;
		this.slots[2 * slot + 1] = record + 1;
	}

	private void grow() {
		int[] old = this.slots;
		int capacity = 2 * (this.mask + 1);
		this.slots = new int[2 * capacity];
		this.mask = capacity - 1;
		for (int slot = 0; slot < old.length; slot += 2) {
			if (old[slot + 1] != 0) {
				place(old[slot], old[slot + 1] - 1);
			}
		}
	}

}
