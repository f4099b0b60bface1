package org.practica.support;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TagsTests {

	@Test
	void splitsOnChineseAndLatinSeparatorsTrimsAndDropsDuplicates() {
		assertThat(Tags.parse(" 绘画，视频剪辑、Video; video ,, ")).containsExactly("绘画", "视频剪辑", "video");
	}

	@Test
	void storesTagsSoThatOneCanBeFoundWithLike() {
		Tags.ColumnConverter converter = new Tags.ColumnConverter();
		assertThat(converter.convertToDatabaseColumn(List.of("a", "b"))).isEqualTo(",a,b,");
		assertThat(converter.convertToDatabaseColumn(List.of())).isEqualTo(",");
		assertThat(converter.convertToEntityAttribute(",a,b,")).containsExactly("a", "b");
		assertThat(converter.convertToEntityAttribute(",")).isEmpty();
	}

}
