package org.practica.selection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a search of the case library takes among 10,000 published cases of Chinese and
 * English text. Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=CaseLibraryBenchmark}. Target: under 100 ms.
 * <p>
 * It indexes generated cases into an index on disk under {@code target/}, then runs each
 * query 20 times unmeasured and 200 times measured (with facets and highlighting, as the
 * library page asks), and prints the median and 95th percentile of each.
 */
@Tag("benchmark")
class CaseLibraryBenchmark {

	private static final int CASES = Integer.getInteger("benchmark.cases", 10_000);

	private static final String[] UNITS = { "PARTY_BUILDING", "ALL_ROUND_EDUCATION", "SAFE_COMMUNITY",
			"SMART_SERVICE" };

	private static final String[] CHINESE = { "党建引领", "学生党员", "社区治理", "三全育人", "课程思政", "辅导员", "平安社区", "安全教育", "消防演练",
			"防诈骗宣传", "智慧服务", "数字助老", "线上预约", "心理健康", "学业辅导", "志愿服务", "一站式学生社区", "楼栋长", "网格化管理", "朋辈互助", "劳动教育", "文明寝室",
			"就业指导", "社区服务中心", "红色教育基地", "主题党日", "夜间巡逻", "应急疏散", "数据平台", "小程序" };

	private static final String[] ENGLISH = { "volunteers", "community", "safety", "students", "elderly", "digital",
			"service", "education", "counselling", "residents", "training", "platform", "workshop", "mentoring",
			"dormitory", "outreach", "smartphones", "governance", "campus", "leadership" };

	@Test
	void searchesTenThousandCases() throws Exception {
		Path directory = Path.of("target", "case-library-benchmark");
		if (Files.exists(directory)) {
			try (var files = Files.walk(directory)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		Random random = new Random(42);
		List<CaseIndex.LibraryDocument> docs = new ArrayList<>();
		for (int i = 1; i <= CASES; i++) {
			docs.add(new CaseIndex.LibraryDocument((long) i, UNITS[i % 4], (long) (1 + random.nextInt(120)),
					"高校" + (1 + random.nextInt(120)), 2022 + random.nextInt(5), chinese(random, 3) + "案例" + i,
					chinese(random, 12) + " " + english(random, 10), chinese(random, 80) + " " + english(random, 60),
					i));
		}
		try (CaseIndex index = new CaseIndex(FSDirectory.open(directory))) {
			long start = System.nanoTime();
			index.rebuild(docs, "benchmark");
			System.out.printf("Indexed %,d cases in %.1f s%n", CASES, (System.nanoTime() - start) / 1e9);
			String[] queries = { "党建", "安全", "平安社区", "volunteers", "digital elderly", "心理健康 辅导", "" };
			List<Double> worst = new ArrayList<>();
			for (String q : queries) {
				for (int i = 0; i < 20; i++) {
					index.search(new CaseIndex.LibraryQuery(q, null, null, null, 0, 20));
				}
				double[] times = new double[200];
				long total = 0;
				for (int i = 0; i < times.length; i++) {
					String unit = i % 3 == 0 ? UNITS[i % 4] : null;
					long t = System.nanoTime();
					CaseIndex.LibraryPage page = index.search(new CaseIndex.LibraryQuery(q, unit, null, null, 0, 20));
					times[i] = (System.nanoTime() - t) / 1e6;
					total += page.total();
				}
				Arrays.sort(times);
				double median = times[times.length / 2];
				double p95 = times[(int) Math.ceil(times.length * 0.95) - 1];
				worst.add(p95);
				System.out.printf("query %-16s median %6.2f ms  p95 %6.2f ms  (%,d matches on average)%n",
						q.isEmpty() ? "(all)" : "\"" + q + "\"", median, p95, total / times.length);
			}
			assertThat(worst).allMatch(p95 -> p95 < 100);
		}
	}

	private static String chinese(Random random, int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			text.append(CHINESE[random.nextInt(CHINESE.length)]).append(i % 5 == 4 ? "。" : "，");
		}
		return text.toString();
	}

	private static String english(Random random, int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			text.append(ENGLISH[random.nextInt(ENGLISH.length)]).append(' ');
		}
		return text.toString().strip();
	}

}
