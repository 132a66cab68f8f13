package vn.hcmc.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrackingCodesTest {

    private final TrackingCodes codes = new TrackingCodes();

    @Test
    void theYearIsHoChiMinhCitys() {
        // 18:00 UTC on New Year's Eve is already 1 January 2026 in Ho Chi Minh City (UTC+7)
        assertThat(codes.next(Instant.parse("2025-12-31T18:00:00Z"))).startsWith("PA-26-");
        assertThat(codes.next(Instant.parse("2025-12-31T16:59:59Z"))).startsWith("PA-25-");
    }

    @Test
    void everyPositionUsesTheWholeAlphabetAndCodesAreWellFormed() {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        List<String> drawn = IntStream.range(0, 20_000).mapToObj(i -> codes.next(now)).toList();
        assertThat(drawn).allSatisfy(code -> assertThat(TrackingCodes.isWellFormed(code)).as(code).isTrue());
        for (int position = 6; position < 12; position++) {
            Set<Character> seen = new HashSet<>();
            for (String code : drawn) {
                seen.add(code.charAt(position));
            }
            assertThat(seen).as("characters at position " + position).hasSize(TrackingCodes.ALPHABET.length());
        }
        assertThat(new HashSet<>(drawn)).as("20,000 draws from 887 million codes").hasSizeGreaterThan(19_990);
    }
}
