package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unofficial codes agree with the project's copy of the list, keyed by code and origin. */
class UnofficialCodesTest {
    record Row(int code, String phrase, String origin, boolean conflicts) {}

    static List<Row> rows() throws IOException {
        try (InputStream in = UnofficialCodesTest.class.getResourceAsStream("/data/unofficial-codes.tsv")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(f -> new Row(Integer.parseInt(f[0]), f[1], f[2], f[4].startsWith("YES")))
                    .toList();
        }
    }

    private static String phraseOf(Row row) {
        return row.phrase().startsWith("(") ? "" : row.phrase();
    }

    @Test
    void everyRowIsAnEntryInTheSameOrder() throws IOException {
        List<Row> rows = rows();
        assertThat(UnofficialCode.all()).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            UnofficialCode entry = UnofficialCode.all().get(i);
            assertThat(entry.code()).as("code of row %d", i).isEqualTo(row.code());
            assertThat(entry.phrase()).as("phrase of %s", row).isEqualToIgnoringCase(phraseOf(row));
            assertThat(entry.reusesRegisteredCode()).as("conflict of %s", row).isEqualTo(row.conflicts());
        }
    }

    @Test
    void entriesAreKeyedByCodeAndOrigin() {
        assertThat(UnofficialCode.all())
                .extracting(u -> u.code() + "/" + u.originId())
                .doesNotHaveDuplicates();
    }

    @Test
    void aReusedNumberKeepsItsRegisteredMeaningWithTheVendorsBeside() throws IOException {
        for (Row row : rows()) {
            if (row.conflicts()) {
                HttpStatus status = HttpStatus.of(row.code());
                assertThat(status.isRegistered())
                        .as("%d registered", row.code())
                        .isTrue();
                assertThat(status.unofficialMeanings())
                        .extracting(UnofficialCode::phrase)
                        .contains(phraseOf(row));
            }
        }
        assertThat(HttpStatus.TOO_EARLY.reasonPhrase()).isEqualTo("Too Early");
        assertThat(HttpStatus.TOO_EARLY.unofficialMeanings())
                .extracting(UnofficialCode::phrase)
                .containsExactly("Unordered Collection");
    }

    @Test
    void unregisteredNumbersInUseAreUnofficialWithEveryOrigin() {
        HttpStatus clientClosed = HttpStatus.of(499);
        assertThat(clientClosed.registration()).isEqualTo(Registration.UNOFFICIAL);
        assertThat(clientClosed.reasonPhrase()).isEqualTo("Client Closed Request");
        assertThat(clientClosed.unofficialMeanings())
                .extracting(UnofficialCode::originId)
                .containsExactly("nginx", "esri");
        assertThat(HttpStatus.of(530).unofficialMeanings()).hasSize(3);
        assertThat(HttpStatus.of(509).registration()).isEqualTo(Registration.UNOFFICIAL);
    }

    @Test
    void valuesOutsideTheValidRangeAreListedButAreNotStatuses() {
        assertThat(UnofficialCode.all())
                .filteredOn(u -> !u.isValidStatusCode())
                .extracting(UnofficialCode::code)
                .containsExactly(0, 783, 999);
        assertThatThrownBy(() -> HttpStatus.of(999)).hasMessageContaining("999").hasMessageContaining("100..599");
    }
}
