package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HttpStatusTest {

    static List<Field> constants() {
        List<Field> fields = new ArrayList<>();
        for (Field field : HttpStatus.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == HttpStatus.class) {
                fields.add(field);
            }
        }
        return fields;
    }

    @Test
    void everyConstantIsTheInternedInstanceOfItsCode() throws IllegalAccessException {
        for (Field field : constants()) {
            HttpStatus constant = (HttpStatus) field.get(null);
            assertThat(HttpStatus.of(constant.code())).as(field.getName()).isSameAs(constant);
        }
    }

    @Test
    void currentConstantsAreOnePerRegisteredCodeAndOldNamesAreDeprecated() throws IllegalAccessException {
        List<Integer> current = new ArrayList<>();
        for (Field field : constants()) {
            HttpStatus constant = (HttpStatus) field.get(null);
            if (field.isAnnotationPresent(Deprecated.class)) {
                assertThat(constant.aliases()).as(field.getName()).isNotEmpty();
            } else {
                current.add(constant.code());
            }
        }
        assertThat(current)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        HttpStatus.registered().stream().map(HttpStatus::code).toList());
    }

    @Test
    void constantNamesFollowTheirPhrase() throws IllegalAccessException {
        for (Field field : constants()) {
            HttpStatus constant = (HttpStatus) field.get(null);
            String phrase =
                    constant.reasonPhrase().equals("(Unused)") ? "Unused " + constant.code() : constant.reasonPhrase();
            List<String> names = new ArrayList<>(constant.aliases());
            names.add(phrase);
            assertThat(names)
                    .as(field.getName())
                    .anySatisfy(name -> assertThat(
                                    name.toUpperCase().replace("'M", " AM").replaceAll("[^A-Z0-9]+", "_"))
                            .isEqualTo(field.getName()));
        }
    }

    @Test
    void everyCodeInRangeResolvesToOneInstance() {
        IntStream.rangeClosed(100, 599).forEach(code -> {
            assertThat(HttpStatus.of(code).code()).isEqualTo(code);
            assertThat(HttpStatus.of(code))
                    .isSameAs(HttpStatus.of(code))
                    .isSameAs(HttpStatus.find(code).orElseThrow());
        });
        assertThat(HttpStatus.of(299).registration()).isEqualTo(Registration.UNASSIGNED);
        assertThat(HttpStatus.of(299).statusClass()).isEqualTo(StatusClass.SUCCESSFUL);
        assertThat(HttpStatus.of(299).reasonPhrase()).isEqualTo("Unassigned");
    }

    @Test
    void codesOutsideTheRangeAreRefusedNamingValueAndRange() {
        assertThatThrownBy(() -> HttpStatus.of(1024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status code 1024 is outside 100..599");
        assertThatThrownBy(() -> HttpStatus.of(99)).hasMessageContaining("99 is outside 100..599");
        assertThat(HttpStatus.find(600)).isEmpty();
        assertThat(HttpStatus.find(-1)).isEmpty();
    }

    @Test
    void heuristicallyCacheableCodesAreThoseOfRfc9110AndRfc7725() {
        assertThat(HttpStatus.registered())
                .filteredOn(HttpStatus::isCacheableByDefault)
                .extracting(HttpStatus::code)
                .containsExactly(200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501);
    }

    /** The fact and the text say the same: a description speaks of caching exactly where the code is cacheable. */
    @Test
    void theCodesWhoseTextSaysCacheableAreThoseMarkedCacheable() {
        assertThat(HttpStatus.registered())
                .filteredOn(status ->
                        status.text(java.util.Locale.ENGLISH).description().contains("cacheable"))
                .extracting(HttpStatus::code)
                .containsExactlyElementsOf(HttpStatus.registered().stream()
                        .filter(HttpStatus::isCacheableByDefault)
                        .map(HttpStatus::code)
                        .toList());
    }

    @Test
    void contentIsForbiddenFor1xx204205And304() {
        assertThat(IntStream.rangeClosed(100, 599).mapToObj(HttpStatus::of).filter(s -> !s.allowsContent()))
                .extracting(HttpStatus::code)
                .containsExactlyElementsOf(
                        () -> IntStream.concat(IntStream.rangeClosed(100, 199), IntStream.of(204, 205, 304))
                                .boxed()
                                .iterator());
    }

    @Test
    void redirectsAndErrorsAreNamed() {
        assertThat(HttpStatus.registered())
                .filteredOn(HttpStatus::isRedirect)
                .extracting(HttpStatus::code)
                .containsExactly(300, 301, 302, 303, 307, 308);
        assertThat(HttpStatus.NOT_FOUND.isError()).isTrue();
        assertThat(HttpStatus.BAD_GATEWAY.isError()).isTrue();
        assertThat(HttpStatus.NOT_MODIFIED.isError()).isFalse();
        assertThat(HttpStatus.OK.isError()).isFalse();
    }

    @Test
    void toStringIsTheStatusLineText() {
        assertThat(HttpStatus.NOT_FOUND).hasToString("404 Not Found");
        assertThat(HttpStatus.of(460)).hasToString("460");
        assertThat(HttpStatus.of(499)).hasToString("499 Client Closed Request");
    }

    @Test
    void equalityIsByCode() {
        assertThat(HttpStatus.of(404)).isEqualTo(HttpStatus.NOT_FOUND).hasSameHashCodeAs(HttpStatus.NOT_FOUND);
        assertThat(HttpStatus.OK).isNotEqualTo(HttpStatus.CREATED).isLessThan(HttpStatus.CREATED);
    }

    @Test
    void oldNamesAreAliasesAndDeprecatedConstants() {
        @SuppressWarnings("deprecation")
        HttpStatus payloadTooLarge = HttpStatus.PAYLOAD_TOO_LARGE;
        assertThat(payloadTooLarge).isSameAs(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(HttpStatus.CONTENT_TOO_LARGE.aliases())
                .containsExactly("Payload Too Large", "Request Entity Too Large");
        assertThat(HttpStatus.UNPROCESSABLE_CONTENT.aliases()).containsExactly("Unprocessable Entity");
        assertThat(HttpStatus.RANGE_NOT_SATISFIABLE.aliases()).containsExactly("Requested Range Not Satisfiable");
        assertThat(HttpStatus.URI_TOO_LONG.aliases()).containsExactly("Request-URI Too Long");
        assertThat(HttpStatus.UNUSED_418.aliases()).containsExactly("I'm a teapot");
        assertThat(HttpStatus.FOUND.aliases()).containsExactly("Moved Temporarily");
    }

    @Test
    void phrasesAndOldNamesAreFoundIgnoringCaseAndPunctuation() {
        assertThat(HttpStatus.byPhrase("payload too large")).contains(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(HttpStatus.byPhrase("Request Time-out")).contains(HttpStatus.REQUEST_TIMEOUT);
        assertThat(HttpStatus.byPhrase("GATEWAY TIMEOUT")).contains(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(HttpStatus.byPhrase("im a teapot")).contains(HttpStatus.UNUSED_418);
        assertThat(HttpStatus.byPhrase("request-uri too long")).contains(HttpStatus.URI_TOO_LONG);
        assertThat(HttpStatus.byPhrase("Client Closed Request")).contains(HttpStatus.of(499));
        assertThat(HttpStatus.byPhrase("Unauthorized")).contains(HttpStatus.UNAUTHORIZED);
        assertThat(HttpStatus.byPhrase("(Unused)")).isEmpty();
        assertThat(HttpStatus.byPhrase("no such phrase")).isEmpty();
    }

    @Test
    void closestCodesToAnUnknownNumberComeFromItsClass() {
        assertThat(HttpStatus.closest(299)).extracting(HttpStatus::code).containsExactly(226, 208, 207);
        assertThat(HttpStatus.closest(430)).extracting(HttpStatus::code).containsExactly(429, 431, 428);
        assertThat(HttpStatus.closest("299")).isEqualTo(HttpStatus.closest(299));
    }

    @Test
    void statusClassesKnowTheirCodes() {
        assertThat(StatusClass.of(404)).isEqualTo(StatusClass.CLIENT_ERROR);
        assertThat(StatusClass.of(99)).isEqualTo(StatusClass.UNKNOWN);
        assertThat(StatusClass.of(600)).isEqualTo(StatusClass.UNKNOWN);
        assertThat(StatusClass.SERVER_ERROR.label()).isEqualTo("5xx");
        assertThat(StatusClass.SERVER_ERROR.baseStatus()).isSameAs(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(StatusClass.REDIRECTION.contains(308)).isTrue();
        assertThatThrownBy(StatusClass.UNKNOWN::baseStatus).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void retryPresetsAreDataAboutClients() {
        assertThat(RetryPolicy.NPM_STATUSES.codes()).containsExactly(502, 503, 504);
        assertThat(RetryPolicy.APACHE_HTTPCLIENT5.codes()).containsExactly(429, 503);
        assertThat(RetryPolicy.KY.codes()).containsExactly(408, 413, 429, 500, 502, 503, 504);
        assertThat(RetryPolicy.KY.retries(HttpStatus.TOO_MANY_REQUESTS)).isTrue();
        assertThat(RetryPolicy.NPM_STATUSES.retries(HttpStatus.TOO_MANY_REQUESTS))
                .isFalse();
        assertThat(RetryPolicy.APACHE_HTTPCLIENT5).hasToString("Apache HttpClient 5 [429, 503]");
    }
}
