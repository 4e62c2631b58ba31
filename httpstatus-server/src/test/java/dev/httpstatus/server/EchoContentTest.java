package dev.httpstatus.server;

import static dev.httpstatus.server.EchoClient.contentOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the echo reads content, by its Content-Type, as go-httpbin reads it: {@code data}, {@code form}, {@code
 * files} and {@code json}, and the 400 for malformed form, multipart and JSON content.
 */
class EchoContentTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private final EchoClient client = new EchoClient(server);

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/html; charset=utf-8", "TEXT/PLAIN ; charset=utf-8"})
    void textIsShownAsDataAndNothingElse(String type) throws Exception {
        JsonNode echo = client.echo("POST", "/post", "<p>héllo {\"a\":1}</p>", "Content-Type", type);

        assertThat(echo.get("data").asText()).isEqualTo("<p>héllo {\"a\":1}</p>");
        assertThat(echo.get("json").isNull()).isTrue();
        assertThat(echo.get("form").isEmpty()).isTrue();
        assertThat(echo.get("files").isEmpty()).isTrue();
    }

    @Test
    void jsonIsShownAsDataAndAsAValue() throws Exception {
        String json = "{\"Foo\":\"foo\",\"Bar\":123,\"Baz\":[1.0,1.1],\"Quux\":{\"1\":\"one\"},\"n\":null}";

        JsonNode echo = client.echo("PUT", "/put", json, "Content-Type", "application/json; charset=utf-8");

        assertThat(echo.get("data").asText()).isEqualTo(json);
        assertThat(echo.get("json")).isEqualTo(EchoClient.JSON.readTree(json));
        assertThat(echo.get("form").isEmpty()).isTrue();
    }

    @Test
    void jsonThatIsNotTypedSoIsNotReadAsJson() throws Exception {
        JsonNode echo = client.echo("POST", "/post", "{\"a\":1}", "Content-Type", "text/plain");

        assertThat(echo.get("json").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo", "{\"a\":", "{} {}", "   "})
    void malformedJsonIsABadRequestThatSaysWhy(String content) throws Exception {
        HttpResponse<String> refused = client.send("POST", "/post", content, "Content-Type", "application/json");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("not valid JSON");
    }

    @Test
    void urlencodedFormIsShownAsFieldsAndAsData() throws Exception {
        String form = "foo=foo&bar=bar1&bar=bar2&sp=a+b%21&empty=&bare&%E8%B6%85=%E6%97%B6";

        JsonNode echo = client.echo("DELETE", "/delete?q=1", form, "Content-Type", "application/x-www-form-urlencoded");

        assertThat(echo.get("form").toString())
                .isEqualTo("{\"foo\":[\"foo\"],\"bar\":[\"bar1\",\"bar2\"],\"sp\":[\"a b!\"],\"empty\":[\"\"],"
                        + "\"bare\":[\"\"],\"超\":[\"时\"]}");
        assertThat(echo.get("data").asText()).isEqualTo(form);
        assertThat(echo.get("args").toString()).isEqualTo("{\"q\":[\"1\"]}");
        assertThat(echo.get("json").isNull()).isTrue();
    }

    @Test
    void aGetWithFormContentIsReadToo() throws Exception {
        JsonNode echo = client.echo("GET", "/anything", "a=1", "Content-Type", "application/x-www-form-urlencoded");

        assertThat(echo.get("form").toString()).isEqualTo("{\"a\":[\"1\"]}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"%ZZ|malformed escape, %ZZ", "a=1&b=%4|malformed escape, %4", "a=1;b=2|semicolon, in a=1;b=2"})
    void malformedFormContentIsABadRequestThatSaysWhy(String form, String why) throws Exception {
        HttpResponse<String> refused =
                client.send("PATCH", "/patch", form, "Content-Type", "application/x-www-form-urlencoded");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains(why);
    }

    @Test
    void formContentWithMoreThanAThousandFieldsIsRefused() throws Exception {
        String form = "f=1&".repeat(1001);

        HttpResponse<String> refused =
                client.send("POST", "/post", form, "Content-Type", "application/x-www-form-urlencoded");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("more than 1000 fields");
    }

    @Test
    void contentWithoutATypeIsADataUrlOfOctets() throws Exception {
        JsonNode echo = client.echo("POST", "/post", "foo=foo&bar=bar1");

        assertThat(echo.get("data").asText())
                .isEqualTo("data:application/octet-stream;base64,"
                        + Base64.getEncoder().encodeToString("foo=foo&bar=bar1".getBytes(StandardCharsets.UTF_8)));
        assertThat(echo.get("form").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "application/octet-stream", "unknown", "application/xml; charset=utf-8"})
    void otherContentIsADataUrlOfItsTypeInStandardBase64(String type) throws Exception {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }

        JsonNode echo = EchoClient.echo(client.send("POST", "/anything", bytes, "Content-Type", type));

        String mediaType = type.contains(";") ? type.substring(0, type.indexOf(';')) : type;
        assertThat(echo.get("data").asText())
                .isEqualTo(
                        "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes));
        assertThat(echo.get("json").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "application/json; charset=utf-8",
                "application/x-www-form-urlencoded",
                "multipart/form-data; foo"
            })
    void emptyContentIsNeverMalformed(String type) throws Exception {
        HttpResponse<String> answer = type.isEmpty()
                ? client.send("POST", "/post", new byte[0])
                : client.send("POST", "/post", new byte[0], "Content-Type", type);

        JsonNode echo = EchoClient.echo(answer);
        assertThat(echo.get("data").asText()).isEmpty();
        assertThat(echo.get("json").isNull()).isTrue();
        assertThat(echo.get("form").isEmpty()).isTrue();
    }

    @Test
    void multipartIsShownAsFieldsAndFiles() throws Exception {
        EchoClient.Multipart multipart = new EchoClient.Multipart("b0undary")
                .field("foo", "foo")
                .field("bar", "bar1")
                .field("bar", "bar2")
                .file("fieldname", "filename", "text/plain", "hello world".getBytes(StandardCharsets.UTF_8))
                .file("fieldname", "other.txt", null, "second".getBytes(StandardCharsets.UTF_8))
                .part("form-data", null, "no name: left out".getBytes(StandardCharsets.UTF_8))
                .part("attachment; name=\"x\"", null, "not form-data: left out".getBytes(StandardCharsets.UTF_8));
        byte[] content = multipart.close();

        JsonNode echo = EchoClient.echo(client.send("POST", "/post", content, "Content-Type", multipart.contentType()));

        assertThat(echo.get("form").toString()).isEqualTo("{\"foo\":[\"foo\"],\"bar\":[\"bar1\",\"bar2\"]}");
        assertThat(echo.get("files").toString()).isEqualTo("{\"fieldname\":[\"hello world\",\"second\"]}");
        assertThat(echo.get("data").asText()).isEqualTo(new String(content, StandardCharsets.UTF_8));
        assertThat(echo.get("json").isNull()).isTrue();
    }

    @Test
    void multipartMayHaveAPreambleAnEpilogueBareLineFeedsAndEmptyParts() throws Exception {
        String content = "a preamble\n--xyz  \nContent-Disposition: form-data; name=\"a\"\n\n1\n"
                + "--xyz\nContent-Disposition: form-data;\n name=\"empty\"\n\n\n"
                + "--xyz\ncontent-disposition: FORM-DATA; name=b; filename*=UTF-8''b.txt\n\n--xyzzy\n"
                + "--xyz--\nan epilogue, never read: --xyz\n";

        JsonNode echo = client.echo(
                "POST", "/post", content, "Content-Type", "multipart/form-data; boundary=\"xyz\"; charset=utf-8");

        assertThat(echo.get("form").toString()).isEqualTo("{\"a\":[\"1\"],\"empty\":[\"\"]}");
        assertThat(echo.get("files").toString()).isEqualTo("{\"b\":[\"--xyzzy\"]}");
    }

    @Test
    void multipartEndingAtItsClosingBoundaryWithoutANewlineIsComplete() throws Exception {
        String content = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b--";

        JsonNode echo = client.echo("POST", "/post", content, "Content-Type", "multipart/form-data; boundary=b");

        assertThat(echo.get("form").toString()).isEqualTo("{\"a\":[\"1\"]}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "multipart/form-data; etc|the Content-Type multipart/form-data; etc is malformed",
                "multipart/form-data|needs its boundary",
                "multipart/form-data; boundary=\"\"|needs its boundary",
                "multipart/form-data; boundary=a; boundary=b|is malformed"
            })
    void multipartWithoutAUsableBoundaryIsABadRequest(String type, String why) throws Exception {
        HttpResponse<String> refused = client.send("POST", "/anything", "%ZZ", "Content-Type", type);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains(why);
    }

    static Stream<Arguments> malformedMultipart() {
        String part = "--b\r\nContent-Disposition: form-data; name=a\r\n";
        return Stream.of(
                Arguments.of("%ZZ", "never reaches its first boundary line, --b"),
                Arguments.of(part + "\r\n1", "ends before its closing boundary line, --b--"),
                Arguments.of(part, "ends before its closing boundary line"),
                Arguments.of(
                        "--b\r\nContent-Disposition form-data\r\n\r\n1\r\n--b--",
                        "malformed header line: Content-Disposition"),
                Arguments.of("--b\r\n No-Name: x\r\n\r\n1\r\n--b--", "malformed header line"),
                Arguments.of(part + "\r\n1\r\n--b x\r\n", "more after --b than blanks"));
    }

    @ParameterizedTest
    @MethodSource("malformedMultipart")
    void malformedMultipartIsABadRequestThatSaysWhy(String content, String why) throws Exception {
        HttpResponse<String> refused =
                client.send("PUT", "/put", content, "Content-Type", "multipart/form-data; boundary=b");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains(why);
    }

    @Test
    void multipartWithMoreThanAThousandPartsIsRefused() throws Exception {
        EchoClient.Multipart multipart = new EchoClient.Multipart("b");
        for (int i = 0; i <= 1000; i++) {
            multipart.field("f", "1");
        }

        HttpResponse<String> refused =
                client.send("POST", "/post", multipart.close(), "Content-Type", multipart.contentType());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("more than 1000 fields");
    }

    @Test
    void namesLongerThanTheirBudgetAreRefusedBeforeTheyAreRead() throws Exception {
        String name = "n".repeat(70 * 1024);
        EchoClient.Multipart multipart = new EchoClient.Multipart("b").field(name, "1");

        HttpResponse<String> form =
                client.send("POST", "/post", name + "=1", "Content-Type", "application/x-www-form-urlencoded");
        HttpResponse<String> parts =
                client.send("POST", "/post", multipart.close(), "Content-Type", multipart.contentType());

        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(form.body()).contains("more than 65536 bytes");
        assertThat(parts.statusCode()).isEqualTo(400);
    }

    @Test
    void largeValuesAreStreamedIntactIntoTheEcho() throws Exception {
        String large = "ü→".repeat(20_000);
        EchoClient.Multipart multipart = new EchoClient.Multipart("b")
                .field("field", large)
                .file("file", "f.txt", "text/plain", large.getBytes(StandardCharsets.UTF_8));
        String encoded = java.net.URLEncoder.encode(large, StandardCharsets.UTF_8);

        JsonNode parts = EchoClient.echo(
                client.send("POST", "/post", multipart.close(), "Content-Type", multipart.contentType()));
        JsonNode form =
                client.echo("POST", "/post", "v=" + encoded, "Content-Type", "application/x-www-form-urlencoded");

        assertThat(parts.get("form").get("field").get(0).asText()).isEqualTo(large);
        assertThat(parts.get("files").get("file").get(0).asText()).isEqualTo(large);
        assertThat(form.get("form").get("v").get(0).asText()).isEqualTo(large);
        assertThat(form.get("data").asText()).isEqualTo("v=" + encoded);
    }

    @Test
    void chunkedContentShowsItsTransferEncodingAsGoHttpbinDoes() throws Exception {
        String raw = server.raw("POST /anything HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n");

        JsonNode echo = EchoClient.JSON.readTree(contentOf(raw));
        assertThat(echo.get("headers").get("Transfer-Encoding").toString()).isEqualTo("[\"chunked\"]");
        assertThat(echo.get("json").toString()).isEqualTo("{}");
    }

    @Test
    void invalidUtf8InTextBecomesReplacementCharacters() throws Exception {
        byte[] content = {'a', (byte) 0xff, 'b'};

        JsonNode echo = EchoClient.echo(client.send("POST", "/post", content, "Content-Type", "text/plain"));

        assertThat(echo.get("data").asText()).isEqualTo("a\uFFFDb");
    }
}
