package uk.mljobs.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ValueTypesTests {

	@Test
	void poundsUseUkGrouping() {
		assertThat(Gbp.format(100000)).isEqualTo("£100,000");
		assertThat(Gbp.format(650)).isEqualTo("£650");
		assertThat(Gbp.format(1_000_000)).isEqualTo("£1,000,000");
		assertThat(Gbp.format(0)).isEqualTo("£0");
		assertThat(Gbp.format(-1500)).isEqualTo("-£1,500");
		assertThat(Gbp.grouped(999)).isEqualTo("999");
		assertThat(Gbp.grouped(1000)).isEqualTo("1,000");
		assertThat(Gbp.grouped(-1_234_567)).isEqualTo("-1,234,567");
		assertThat(Gbp.grouped(Long.MAX_VALUE)).isEqualTo("9,223,372,036,854,775,807");
	}

	@Test
	void payRangeShowsAnOpenTopWithAPlus() {
		assertThat(PayRange.of(45000, 65000).display()).isEqualTo("£45,000–£65,000");
		assertThat(new PayRange(150000, 200000, true).display()).isEqualTo("£150,000–£200,000+");
	}

	@Test
	void rejectsRangeWhoseMinimumExceedsMaximum() {
		assertThatIllegalArgumentException().isThrownBy(() -> PayRange.of(65000, 45000));
		assertThatIllegalArgumentException().isThrownBy(() -> PayRange.of(-1, 45000));
	}

	@Test
	void yearsShowClosedAndOpenRanges() {
		assertThat(new YearsRange(0, 2).display()).isEqualTo("0–2 years");
		assertThat(new YearsRange(8, null).display()).isEqualTo("8+ years");
		assertThat(YearsRange.ofNullable(null, null)).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> new YearsRange(5, 2));
	}

	@Test
	void proseSplitsParagraphsAndBulletLists() {
		List<Prose.Block> blocks = Prose.blocks("First line\ncontinues.\n\n- one\n- two\nAfter the list.\n\n\nLast.");
		assertThat(blocks).hasSize(4);
		assertThat(blocks.get(0).text()).isEqualTo("First line continues.");
		assertThat(blocks.get(1).isList()).isTrue();
		assertThat(blocks.get(1).items()).containsExactly("one", "two");
		assertThat(blocks.get(2).text()).isEqualTo("After the list.");
		assertThat(blocks.get(3).text()).isEqualTo("Last.");
		assertThat(Prose.blocks(null)).isEmpty();
	}

	@Test
	void choicesResolveSlugsOrExplainWhatIsAllowed() {
		List<String> regions = List.of("london", "rest-of-uk");
		assertThat(Choices.pick("region", "london", regions, (r) -> r)).isEqualTo("london");
		assertThat(Choices.pick("region", " ", regions, (r) -> r)).isNull();
		assertThat(Choices.pick("region", null, regions, (r) -> r)).isNull();
		InvalidParameterException ex = org.junit.jupiter.api.Assertions.assertThrows(InvalidParameterException.class,
				() -> Choices.pick("region", "atlantis", regions, (r) -> r));
		assertThat(ex.getMessage()).isEqualTo("'atlantis' is not a known region. Use one of: london, rest-of-uk.");
		assertThat(ex.getParameter()).isEqualTo("region");
	}

}
