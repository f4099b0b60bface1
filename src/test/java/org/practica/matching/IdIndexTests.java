package org.practica.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdIndexTests {

	@Test
	void numbersIdsKeptInTheirSlotsAndInThePoolAlike() {
		// "0" and "00" pack to the same bits but for their lengths; "" packs to nothing
		List<String> ids = List.of("s1", "S1", "0", "00", "", "s-1_", "学生1", "a-very-long-student-id-2026",
				"0123456789", "01234567890", "p 1", "Zz_-9");
		IdIndex index = new IdIndex();
		for (int i = 0; i < ids.size(); i++) {
			char[] chars = ids.get(i).toCharArray();
			assertThat(index.find(chars, 0, chars.length)).isEqualTo(IdIndex.ABSENT);
			assertThat(index.add(chars, 0, chars.length)).isEqualTo(i);
		}
		for (int i = 0; i < ids.size(); i++) {
			char[] chars = ("x" + ids.get(i) + "y").toCharArray();
			assertThat(index.find(chars, 1, chars.length - 2)).isEqualTo(i);
			assertThat(index.id(i)).isEqualTo(ids.get(i));
		}
		char[] other = "s2".toCharArray();
		assertThat(index.find(other, 0, 2)).isEqualTo(IdIndex.ABSENT);
	}

	@Test
	void numbersListsLikeAMapAndFindsTheFirstRepeat() {
		SplittableRandom random = new SplittableRandom(7);
		IdIndex index = new IdIndex();
		Map<String, Integer> expected = new HashMap<>();
		for (int list = 0; list < 3_000; list++) {
			// now and then a list longer than the scratch arrays, which then grow
			int count = (list % 500 == 0) ? 700 : 1 + random.nextInt(40);
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				// short ids kept in slots, long and non-alphabet ones in the pool
				int n = random.nextInt(20_000);
				ids.add(switch (n % 3) {
					case 0 -> "s" + n;
					case 1 -> "student-number-" + n;
					default -> "学号" + n;
				});
			}
			StringBuilder chars = new StringBuilder("[");
			int[] start = new int[count + 2];
			start[0] = 0;
			start[1] = 1;
			for (int i = 0; i < count; i++) {
				chars.append(ids.get(i));
				start[i + 2] = chars.length();
			}
			int[] numbers = new int[count];
			int repeated = index.numberList(chars.toString().toCharArray(), start, 1, count, list, numbers);

			int firstRepeat = -1;
			for (int i = 0; i < count && firstRepeat < 0; i++) {
				if (ids.subList(0, i).contains(ids.get(i))) {
					firstRepeat = i;
				}
			}
			assertThat(repeated).isEqualTo(firstRepeat);
			int checked = (firstRepeat < 0) ? count : firstRepeat + 1;
			for (int i = 0; i < checked; i++) {
				int number = expected.computeIfAbsent(ids.get(i), (id) -> expected.size());
				assertThat(numbers[i]).as(ids.get(i)).isEqualTo(number);
			}
			if (firstRepeat >= 0) {
				// a list cut short by a repeat: add the rest as a map would have, in
				// order
				for (int i = checked; i < count; i++) {
					char[] id = ids.get(i).toCharArray();
					if (index.find(id, 0, id.length) == IdIndex.ABSENT) {
						assertThat(index.add(id, 0, id.length)).isEqualTo(expected.size());
						expected.put(ids.get(i), expected.size());
					}
				}
			}
		}
		assertThat(index.size()).isEqualTo(expected.size());
		expected.forEach((id, number) -> assertThat(index.id(number)).isEqualTo(id));
	}

}
