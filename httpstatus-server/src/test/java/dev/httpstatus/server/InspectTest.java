package dev.httpstatus.server;

import static dev.httpstatus.server.EchoClient.contentOf;
import static dev.httpstatus.server.EchoClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The parts of a request shown back ({@code /headers}, {@code /ip}, {@code /user-agent}), the request as text
 * ({@code /dump/request}), the form that posts to the echo ({@code /forms/post}), and what the server tells of
 * itself by default ({@code /uuid}, {@code /hostname}, {@code /env}).
 */
class InspectTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void headersShowsEveryHeaderUnderItsCanonicalName() throws Exception {
        String raw = server.raw("GET /headers HTTP/1.1\r\nHost: test-host\r\nfoo-header: foo\r\nBar-Header: bar1\r\n"
                + "bar-header: bar2\r\nConnection: close\r\n\r\n");

        JsonNode echo = EchoClient.JSON.readTree(contentOf(raw));
        assertThat(fields(echo)).containsExactly("headers");
        assertThat(echo.get("headers").toString())
                .isEqualTo("{\"Host\":[\"test-host\"],\"Foo-Header\":[\"foo\"],\"Bar-Header\":[\"bar1\",\"bar2\"],"
                        + "\"Connection\":[\"close\"]}");
    }

    @Test
    void ipIsTheAddressOfTheConnectionWhateverTheHeadersClaim() throws Exception {
        HttpResponse<String> answer = server.get("/ip", "X-Forwarded-For", "10.1.1.1", "CF-Connecting-IP", "10.2.2.2");

        assertThat(answer.headers().firstValue("content-type")).contains("application/json; charset=utf-8");
        assertThat(answer.body()).isEqualTo("{\"origin\":\"127.0.0.1\"}");
    }

    @Test
    void ipAsTextIsTheAddressAndANewline() throws Exception {
        HttpResponse<String> answer = server.get("/ip?format=text");

        assertThat(answer.headers().firstValue("content-type")).contains("text/plain; charset=utf-8");
        assertThat(answer.body()).isEqualTo("127.0.0.1\n");
    }

    @Test
    void userAgentIsTheHeaderOrEmpty() throws Exception {
        String none = server.raw("GET /user-agent HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(server.get("/user-agent", "User-Agent", "test/1.0").body())
                .isEqualTo("{\"user-agent\":\"test/1.0\"}");
        assertThat(contentOf(none)).isEqualTo("{\"user-agent\":\"\"}");
    }

    @Test
    void uuidIsANewVersion4UuidEachTime() throws Exception {
        String first = EchoClient.echo(server.get("/uuid")).get("uuid").asText();
        String second = EchoClient.echo(server.get("/uuid")).get("uuid").asText();

        assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void hostnameKeepsTheMachinesNameToItselfByDefault() throws Exception {
        assertThat(server.get("/hostname").body()).isEqualTo("{\"hostname\":\"httpstatus\"}");
    }

    @Test
    void envShowsNothingUnlessTheOperatorSetsVariablesForIt() throws Exception {
        assertThat(server.get("/env").body()).isEqualTo("{\"env\":{}}");
    }

    @Test
    void dumpRequestIsTheRequestAsItCame() throws Exception {
        String request = "GET /dump/request?foo=bar HTTP/1.1\r\nHost: test-host\r\nx-test-header2: Test-Value2\r\n"
                + "X-Test-Header1: Test-Value1\r\nConnection: close\r\n\r\n";

        String raw = server.raw(request);

        assertThat(raw).contains("content-type: text/plain; charset=utf-8\r\n");
        assertThat(contentOf(raw)).isEqualTo(request);
    }

    @Test
    void dumpRequestShowsTheContentAndChunkedContentAsOneChunk() throws Exception {
        String plain = "POST /dump/request HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello";
        String chunked = "PUT /dump/request HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close"
                + "\r\n\r\n2\r\nhe\r\n3\r\nllo\r\n0\r\n\r\n";

        assertThat(contentOf(server.raw(plain))).isEqualTo(plain);
        // The server keeps Transfer-Encoding, which it takes off and puts back as it collects the chunks, last.
        assertThat(contentOf(server.raw(chunked)))
                .startsWith("PUT /dump/request HTTP/1.1\r\nHost: x\r\n")
                .containsIgnoringCase("\r\nTransfer-Encoding: chunked\r\n")
                .endsWith("\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
    }

    @Test
    void dumpRequestOfAnHttp2RequestSaysHttp2WithoutTheHeadersNettyAdds() throws Exception {
        HttpResponse<String> answer = server.send(server.http2, "GET", "/dump/request?x=1", "x-test", "1");

        assertThat(answer.body())
                .startsWith("GET /dump/request?x=1 HTTP/2.0\r\n")
                .contains("x-test: 1\r\n");
        assertThat(answer.body()).doesNotContain("x-http2");
    }

    @Test
    void formsPostIsAFormThatPostsToTheEchoWithHttpbinsFieldNames() throws Exception {
        HttpResponse<String> page = server.get("/forms/post");

        assertThat(page.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
        assertThat(page.body()).contains("<form method=\"post\" action=\"/post\">");
        for (String name :
                new String[] {"custname", "custtel", "custemail", "size", "topping", "delivery", "comments"}) {
            assertThat(page.body()).contains("name=\"" + name + "\"");
        }
    }

    @Test
    void formsPostInAScopePostsInThatScope() throws Exception {
        assertThat(server.get("/_scope/s7/forms/post").body()).contains("action=\"/_scope/s7/post\"");
    }

    @Test
    void formsPostIsOnlyToBeFetched() throws Exception {
        HttpResponse<String> post = server.send(server.http1, "POST", "/forms/post");

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("allow")).contains("GET, HEAD");
    }

    @Test
    void aFilledInFormComesBackUnderForm() throws Exception {
        EchoClient client = new EchoClient(server);

        JsonNode echo = client.echo(
                "POST",
                "/post",
                "custname=Ada&size=large&topping=bacon&topping=onion&comments=ring+twice",
                "Content-Type",
                "application/x-www-form-urlencoded");

        assertThat(echo.get("form").toString())
                .isEqualTo("{\"custname\":[\"Ada\"],\"size\":[\"large\"],\"topping\":[\"bacon\",\"onion\"],"
                        + "\"comments\":[\"ring twice\"]}");
    }
}
