package dev.guanxi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guanxi.shared.values.SalesPeriod;
import dev.guanxi.shared.values.SalesPeriod.Granularity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SalesPeriodTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void monthsAndQuartersAreReadAndWrittenInOneForm() {
        assertThat(SalesPeriod.parse("2026-11")).hasValueSatisfying(p -> {
            assertThat(p.granularity()).isEqualTo(Granularity.MONTH);
            assertThat(p.start()).isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(p.end()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(p.code()).isEqualTo("2026-11");
        });
        assertThat(SalesPeriod.parse(" 2026-q4 ")).hasValueSatisfying(p -> {
            assertThat(p.start()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(p.end()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(p.code()).isEqualTo("2026-Q4");
        });
        for (String bad : new String[] {"2026-13", "2026-00", "2026-Q5", "2026-Q0", "26-11", "2026/11", "", "1999-01",
                "2026-11'; drop table users;--", null}) {
            assertThat(SalesPeriod.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void boundariesIncludeTheFirstAndLastDayOnly() {
        SalesPeriod february = SalesPeriod.parse("2028-02").orElseThrow();
        assertThat(february.end()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(february.contains(LocalDate.of(2028, 2, 1))).isTrue();
        assertThat(february.contains(LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(february.contains(LocalDate.of(2028, 1, 31))).isFalse();
        assertThat(february.contains(LocalDate.of(2028, 3, 1))).isFalse();
        SalesPeriod q1 = SalesPeriod.containing(Granularity.QUARTER, LocalDate.of(2027, 3, 31));
        assertThat(q1.code()).isEqualTo("2027-Q1");
        assertThat(SalesPeriod.containing(Granularity.QUARTER, LocalDate.of(2027, 4, 1)).code()).isEqualTo("2027-Q2");
        assertThat(q1.next().code()).isEqualTo("2027-Q2");
        assertThat(q1.previous().code()).isEqualTo("2026-Q4");
        assertThat(SalesPeriod.parse("2026-12").orElseThrow().next().code()).isEqualTo("2027-01");
        assertThatThrownBy(() -> new SalesPeriod(Granularity.QUARTER, LocalDate.of(2026, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void momentsFallIntoThePeriodOfTheTimeZone() {
        SalesPeriod november = SalesPeriod.parse("2026-11").orElseThrow();
        assertThat(november.startsAt(SHANGHAI)).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(november.endsBefore(SHANGHAI)).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(november.startsAt(ZoneId.of("UTC"))).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        // 00:30 on 1 December in Shanghai is still November in UTC
        Instant call = Instant.parse("2026-11-30T16:30:00Z");
        assertThat(call.isBefore(november.endsBefore(SHANGHAI))).isFalse();
        assertThat(call.isBefore(november.endsBefore(ZoneId.of("UTC")))).isTrue();
    }

    @Test
    void aRangeIsCoveredByEveryPeriodItTouches() {
        assertThat(SalesPeriod.covering(Granularity.MONTH, LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 5)))
                .extracting(SalesPeriod::code).containsExactly("2026-11", "2026-12", "2027-01");
        assertThat(SalesPeriod.covering(Granularity.QUARTER, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1)))
                .extracting(SalesPeriod::code).containsExactly("2026-Q1", "2026-Q2");
    }
}
