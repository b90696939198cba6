package dev.goldshop.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MetalTypeTest {

    @Test
    void codesAreTheDatabaseValues() {
        assertThat(MetalType.GOLD.code()).isEqualTo("gold");
        assertThat(MetalType.SILVER.code()).isEqualTo("silver");
        assertThat(MetalType.PLATINUM.code()).isEqualTo("platinum");
        assertThat(MetalType.PALLADIUM.code()).isEqualTo("palladium");
    }

    @ParameterizedTest
    @EnumSource(MetalType.class)
    void fromCodeReadsBackEveryCode(MetalType metal) {
        assertThat(MetalType.fromCode(metal.code())).isSameAs(metal);
    }

    @Test
    void fromCodeIgnoresCaseAndSurroundingSpaces() {
        assertThat(MetalType.fromCode(" Gold ")).isSameAs(MetalType.GOLD);
        assertThat(MetalType.fromCode("SILVER")).isSameAs(MetalType.SILVER);
    }

    @Test
    void unknownCodeIsRejectedNamingTheValueAndTheAcceptedCodes() {
        assertThatThrownBy(() -> MetalType.fromCode("copper"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'copper'")
                .hasMessageContaining("gold, silver, platinum, palladium");
        assertThatThrownBy(() -> MetalType.fromCode(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("''");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "GOLD, 333, true", "GOLD, 332.99, false", "GOLD, 999.99, true", "GOLD, 1000, false",
        "GOLD, 916, true", "GOLD, 999.9, true", "GOLD, 41, false",
        "SILVER, 925, true", "SILVER, 500, true", "SILVER, 499.99, false", "SILVER, 1000, false",
        "PLATINUM, 950, true", "PLATINUM, 500, true", "PLATINUM, 499, false",
        "PALLADIUM, 500, true", "PALLADIUM, 999.99, true", "PALLADIUM, 499.99, false"
    })
    void acceptsTheRangeOfItsMetal(MetalType metal, String fineness, boolean accepted) {
        assertThat(metal.accepts(Purity.ofFineness(fineness))).isEqualTo(accepted);
    }

    @Test
    void commonFinenessesAreThoseOfTheTrade() {
        assertThat(finenesses(MetalType.GOLD))
                .containsExactly("999.9", "999", "916", "875", "750", "585", "417", "375", "333");
        assertThat(finenesses(MetalType.SILVER)).containsExactly("999", "958", "925", "900", "800");
        assertThat(finenesses(MetalType.PLATINUM)).containsExactly("999", "950", "900", "850");
        assertThat(finenesses(MetalType.PALLADIUM)).containsExactly("999", "950", "500");
    }

    @ParameterizedTest
    @EnumSource(MetalType.class)
    void everyCommonFinenessIsAcceptedAndTheListIsImmutable(MetalType metal) {
        assertThat(metal.commonPurities()).allMatch(metal::accepts);
        assertThat(metal.commonPurities()).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThatThrownBy(() -> metal.commonPurities().add(Purity.ofFineness(1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void boundsAreAsDocumented() {
        assertThat(MetalType.GOLD.minimumPurity()).isEqualTo(Purity.ofKarat(8));
        assertThat(MetalType.SILVER.minimumPurity()).isEqualTo(Purity.ofFineness(500));
        for (MetalType metal : MetalType.values()) {
            assertThat(metal.maximumPurity()).isEqualTo(Purity.ofFineness("999.99"));
        }
    }

    private static List<String> finenesses(MetalType metal) {
        return metal.commonPurities().stream()
                .map(p -> p.fineness().toPlainString())
                .collect(Collectors.toList());
    }
}
