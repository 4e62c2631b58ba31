package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The registry agrees with the project's copy of the IANA HTTP Status Code Registry, row by row. */
class IanaRegistryTest {
    private static final Pattern ROW = Pattern.compile("(\\d{3})(?:-(\\d{3}))?,(\"[^\"]*\"|[^,]*),(.*)");
    private static final Pattern RFC_REF = Pattern.compile("\\[RFC(\\d+)(?:, Section ([\\d.]+))?]");

    record Row(int from, int to, String description, String reference) {}

    static List<Row> rows() throws IOException {
        try (InputStream in = IanaRegistryTest.class.getResourceAsStream("/data/iana-http-status-codes.csv")) {
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = ROW.matcher(line.strip());
                if (m.matches()) {
                    int from = Integer.parseInt(m.group(1));
                    int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
                    rows.add(new Row(
                            from, to, m.group(3).replace("\"", ""), m.group(4).replace("\"", "")));
                }
            }
            return rows;
        }
    }

    @Test
    void everyAssignedRowIsARegisteredConstantWithItsPhrase() throws IOException {
        List<Integer> assigned = new ArrayList<>();
        for (Row row : rows()) {
            if (!row.description().equals("Unassigned")) {
                HttpStatus status = HttpStatus.of(row.from());
                assigned.add(row.from());
                assertThat(status.isRegistered()).as("%s registered", row).isTrue();
                assertThat(status.reasonPhrase())
                        .as("phrase of %d", row.from())
                        .isEqualTo(row.description().replaceAll(" \\((OBSOLETED|TEMPORARY[^)]*)\\)", ""));
            }
        }
        assertThat(assigned).hasSize(64);
        assertThat(HttpStatus.registered()).extracting(HttpStatus::code).containsExactlyElementsOf(assigned);
    }

    @Test
    void nothingUnassignedIsCalledRegistered() throws IOException {
        for (Row row : rows()) {
            if (row.description().equals("Unassigned")) {
                for (int code = row.from(); code <= row.to(); code++) {
                    assertThat(HttpStatus.of(code).registration())
                            .as("registration of %d", code)
                            .isIn(Registration.UNASSIGNED, Registration.UNOFFICIAL);
                }
            }
        }
    }

    @Test
    void referencesNameTheDocumentAndSectionOfTheRegistry() throws IOException {
        for (Row row : rows()) {
            if (row.description().equals("Unassigned")) {
                continue;
            }
            SpecReference spec = HttpStatus.of(row.from()).spec().orElseThrow();
            Matcher rfc = RFC_REF.matcher(row.reference());
            if (rfc.lookingAt()) {
                assertThat(spec.document()).as("document of %d", row.from()).isEqualTo("RFC " + rfc.group(1));
                if (rfc.group(2) != null) {
                    assertThat(spec.section()).as("section of %d", row.from()).contains(rfc.group(2));
                }
                assertThat(spec.url().toString())
                        .startsWith("https://www.rfc-editor.org/rfc/rfc" + rfc.group(1) + "#section-"
                                + spec.section().orElseThrow());
            } else {
                assertThat(row.reference()).isEqualTo("[" + spec.document() + "]");
                assertThat(spec.url().toString()).startsWith("https://").endsWith(spec.document());
            }
        }
    }

    @Test
    void registrationStatusesFollowTheRegistry() throws IOException {
        for (Row row : rows()) {
            String d = row.description();
            Registration expected = d.contains("TEMPORARY")
                    ? Registration.TEMPORARY
                    : d.contains("OBSOLETED")
                            ? Registration.OBSOLETED
                            : d.equals("(Unused)")
                                    ? Registration.UNUSED
                                    : d.equals("Unassigned") ? null : Registration.PERMANENT;
            if (expected != null) {
                assertThat(HttpStatus.of(row.from()).registration())
                        .as("registration of %d", row.from())
                        .isEqualTo(expected);
            }
        }
        assertThat(HttpStatus.UPLOAD_RESUMPTION_SUPPORTED.registrationExpiry()).contains(LocalDate.of(2026, 11, 13));
        assertThat(HttpStatus.OK.registrationExpiry()).isEmpty();
    }
}
