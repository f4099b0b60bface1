package org.practica.selection;

import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseIndexTests {

	private CaseIndex index;

	@BeforeEach
	void index() {
		this.index = new CaseIndex(new ByteBuffersDirectory());
		this.index.rebuild(
				List.of(doc(1, "PARTY_BUILDING", 10, 2025, "党建引领社区治理", "以党建带团建，学生党员进社区。", "学生党员与社区党组织结对，开展党建活动和志愿服务。"),
						doc(2, "SAFE_COMMUNITY", 20, 2026, "平安社区守护行动", "夜间巡逻与防诈骗宣传。", "大学生志愿者协助社区开展安全教育，普及消防安全知识。"),
						doc(3, "SMART_SERVICE", 10, 2026, "智慧助老", "Digital skills for elders",
								"Volunteers teach older residents to use smartphones and online payment safely."),
						doc(4, "ALL_ROUND_EDUCATION", 30, 2026, "三全育人工作坊", "课程思政进社区。", "辅导员和学生共同设计社区课程。")),
				"4/1");
	}

	@AfterEach
	void close() throws Exception {
		this.index.close();
	}

	private static CaseIndex.LibraryDocument doc(long id, String unit, long organisation, int year, String title,
			String summary, String body) {
		return new CaseIndex.LibraryDocument(id, unit, organisation, "组织" + organisation, year, title, summary, body,
				id);
	}

	private CaseIndex.LibraryPage search(String q) {
		return this.index.search(new CaseIndex.LibraryQuery(q, null, null, null, 0, 20));
	}

	private static List<Long> ids(CaseIndex.LibraryPage page) {
		return page.hits().stream().map(CaseIndex.LibraryHit::id).toList();
	}

	@Test
	void twoCharacterChineseQueriesFindTheCasesContainingThem() {
		assertThat(ids(search("党建"))).containsExactly(1L);
		assertThat(ids(search("安全"))).containsExactly(2L);
		assertThat(ids(search("平安社区"))).containsExactly(2L);
		assertThat(search("党建").hits().get(0).titleHtml()).isEqualTo("<mark>党建</mark>引领社区治理");
		assertThat(search("党建").hits().get(0).snippetHtml()).contains("<mark>党建</mark>");
		// the words as typed are marked, not each bigram wherever it stands
		assertThat(search("平安社区").hits().get(0).titleHtml()).isEqualTo("<mark>平安社区</mark>守护行动");
		assertThat(search("安全").hits().get(0).snippetHtml()).contains("<mark>安全</mark>教育");
	}

	@Test
	void anEnglishWordFindsEnglishTextAndIsMarked() {
		CaseIndex.LibraryPage found = search("smartphones");
		assertThat(ids(found)).containsExactly(3L);
		assertThat(found.hits().get(0).snippetHtml()).contains("<mark>smartphones</mark>");
		assertThat(ids(search("volunteers"))).containsExactly(3L);
	}

	@Test
	void theTextIsEscapedBeforeMatchesAreMarked() {
		this.index.put(doc(5, "SAFE_COMMUNITY", 20, 2026, "<script>alert(1)</script> 安全", "摘要", "正文"));
		CaseIndex.LibraryHit hit = search("安全").hits().stream().filter(h -> h.id() == 5L).findFirst().orElseThrow();
		assertThat(hit.titleHtml()).doesNotContain("<script>").contains("&lt;script&gt;").contains("<mark>安全</mark>");
	}

	@Test
	void facetsCountUnitsOrganisationsAndYearsOfWhatMatches() {
		CaseIndex.LibraryPage all = search("");
		assertThat(all.total()).isEqualTo(4);
		assertThat(all.facets().get("year")).containsExactlyInAnyOrder(new CaseIndex.FacetCount("2026", 3),
				new CaseIndex.FacetCount("2025", 1));
		assertThat(all.facets().get("organisation")).contains(new CaseIndex.FacetCount("10", 2));
		CaseIndex.LibraryPage community = search("社区");
		assertThat(community.facets().get("unit")).extracting(CaseIndex.FacetCount::value)
			.doesNotContain("SMART_SERVICE");
		CaseIndex.LibraryPage filtered = this.index
			.search(new CaseIndex.LibraryQuery("社区", "PARTY_BUILDING", null, null, 0, 20));
		assertThat(ids(filtered)).containsExactly(1L);
		assertThat(ids(this.index.search(new CaseIndex.LibraryQuery(null, null, 10L, 2026, 0, 20))))
			.containsExactly(3L);
	}

	@Test
	void keepsItsFingerprintAndReplacesACaseIndexedAgain() {
		assertThat(this.index.fingerprint()).isEqualTo("4/1");
		this.index.put(doc(1, "PARTY_BUILDING", 10, 2025, "改名的案例", "摘要", "正文"));
		assertThat(this.index.size()).isEqualTo(4);
		assertThat(ids(search("党建"))).isEmpty();
	}

}
