package dev.httpstatus.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogFormatTest {
    private static final String COMBINED =
            "203.0.113.9 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif?x=1 HTTP/1.0\" 404 2326"
                    + " \"http://www.example.com/start.html\" \"Mozilla/4.08 [en] (Win98; I ;Nav)\"";

    private static long epoch(String iso) {
        return OffsetDateTime.parse(iso).toEpochSecond();
    }

    @Test
    void combinedReadsEveryFieldByPosition() {
        Request request = LogFormat.named("combined").parse(COMBINED);
        assertThat(request).isNotNull();
        assertThat(request.client()).isEqualTo("203.0.113.9");
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.target()).isEqualTo("/apache_pb.gif?x=1");
        assertThat(request.path()).isEqualTo("/apache_pb.gif");
        assertThat(request.status()).isEqualTo(404);
        assertThat(request.referrer()).isEqualTo("http://www.example.com/start.html");
        assertThat(request.epochSecond()).isEqualTo(epoch("2000-10-10T13:55:36-07:00"));
        assertThat(request.offsetSeconds()).isEqualTo(-7 * 3600);
    }

    @Test
    void aBodySizeOf404IsNotA404() {
        Request request = LogFormat.named("combined")
                .parse("10.0.0.1 - - [10/Oct/2000:13:55:36 +0000] \"GET /404 HTTP/1.1\" 200 404 \"-\" \"404\"");
        assertThat(request.status()).isEqualTo(200);
    }

    @Test
    void commonHasNoReferrer() {
        Request request =
                LogFormat.named("common").parse("::1 - - [01/Jan/2026:00:00:00 +0100] \"POST /login HTTP/2.0\" 429 -");
        assertThat(request.client()).isEqualTo("::1");
        assertThat(request.status()).isEqualTo(429);
        assertThat(request.referrer()).isEmpty();
    }

    @Test
    void vhostVariantsReadTheHost() {
        Request apache = LogFormat.named("vhost_combined")
                .parse("www.example.org:443 2001:db8::7 - - [10/Oct/2000:13:55:36 +0000] \"GET / HTTP/1.1\" 502 12"
                        + " \"-\" \"curl/8\"");
        assertThat(apache.host()).isEqualTo("www.example.org");
        assertThat(apache.client()).isEqualTo("2001:db8::7");
        assertThat(apache.status()).isEqualTo(502);
        Request nginx = LogFormat.named("host_combined")
                .parse("shop.example 198.51.100.4 - - [10/Oct/2000:13:55:36 +0000] \"GET /cart HTTP/1.1\" 499 0"
                        + " \"-\" \"curl/8\"");
        assertThat(nginx.host()).isEqualTo("shop.example");
        assertThat(nginx.status()).isEqualTo(499);
        Request common = LogFormat.named("vhost_common")
                .parse("a.example 198.51.100.4 - - [10/Oct/2000:13:55:36 +0000] \"GET / HTTP/1.1\" 444 0");
        assertThat(common.host()).isEqualTo("a.example");
        assertThat(common.status()).isEqualTo(444);
    }

    @Test
    void extraTrailingFieldsAreAllowed() {
        Request request = LogFormat.named("combined").parse(COMBINED + " 0.123 \"upstream 10.0.0.2:8080\" -");
        assertThat(request.status()).isEqualTo(404);
    }

    @Test
    void escapedQuotesStayInsideTheirField() {
        Request request = LogFormat.named("combined")
                .parse("1.2.3.4 - - [10/Oct/2000:13:55:36 +0000] \"GET /a\\\" 200 1 \\\"b HTTP/1.1\" 503 9"
                        + " \"-\" \"x\\\"y\"");
        assertThat(request.status()).isEqualTo(503);
        assertThat(request.target()).isEqualTo("/a\\\" 200 1 \\\"b");
    }

    @Test
    void aTlsHandshakeOnThePlainPortIsARequestWithItsStatus() {
        Request request = LogFormat.named("combined")
                .parse(
                        "1.2.3.4 - - [10/Oct/2000:13:55:36 +0000] \"\\x16\\x03\\x01\\x00\\xF4\\x01\" 400 157 \"-\" \"-\"");
        assertThat(request.status()).isEqualTo(400);
        assertThat(request.method()).isEmpty();
    }

    @Test
    void customApacheFormatCompilesToAPositionalParser() {
        LogFormat format = LogFormat.of("%a %{Host}i [%t] %m %U %>s %D \"%{Referer}i\"");
        Request request = format.parse("10.1.1.1 api.example [[10/Oct/2000:13:55:36 +0000]] PUT /v1/x 409 1234 \"-\"");
        assertThat(format.name()).startsWith("apache:");
        assertThat(request.host()).isEqualTo("api.example");
        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.target()).isEqualTo("/v1/x");
        assertThat(request.status()).isEqualTo(409);
    }

    @Test
    void customNginxFormatCompilesToAPositionalParser() {
        LogFormat format = LogFormat.of("$remote_addr $host [$time_iso8601] \"$request\" $status $request_time"
                + " \"$http_referer\" $upstream_status");
        Request request =
                format.parse("10.1.1.1 api.example [2026-12-06T14:05:00+08:00] \"GET /x HTTP/1.1\" 504 60.001 \"-\" -");
        assertThat(request.status()).isEqualTo(504);
        assertThat(request.epochSecond()).isEqualTo(epoch("2026-12-06T14:05:00+08:00"));
        assertThat(request.offsetSeconds()).isEqualTo(8 * 3600);
        assertThat(request.target()).isEqualTo("/x");
    }

    @Test
    void customFormatsWithoutStatusOrWithAdjacentFieldsAreRefusedWithAReason() {
        assertThatThrownBy(() -> LogFormat.of("%h %t")).hasMessageContaining("no status");
        assertThatThrownBy(() -> LogFormat.of("$remote_addr$status")).hasMessageContaining("nothing between");
        assertThatThrownBy(() -> LogFormat.of("fancy")).hasMessageContaining("no log format is called fancy");
    }

    @Test
    void nginxJsonLines() {
        Request request = LogFormat.named("json")
                .parse("{\"time_iso8601\":\"2026-12-06T14:05:00+00:00\",\"remote_addr\":\"10.0.0.9\","
                        + "\"request\":\"GET /api/items?id=3 HTTP/1.1\",\"status\":\"502\",\"body_bytes_sent\":\"404\","
                        + "\"http_referer\":\"\",\"http_user_agent\":\"k6 \\\"load\\\"\"}");
        assertThat(request.status()).isEqualTo(502);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/api/items");
        assertThat(request.client()).isEqualTo("10.0.0.9");
        assertThat(request.epochSecond()).isEqualTo(epoch("2026-12-06T14:05:00Z"));
    }

    @Test
    void caddyJsonLines() {
        Request request = LogFormat.named("json")
                .parse("{\"level\":\"info\",\"ts\":1646861401.5241024,\"logger\":\"http.log.access\","
                        + "\"msg\":\"handled request\",\"request\":{\"remote_ip\":\"127.0.0.1\",\"remote_port\":\"41342\","
                        + "\"proto\":\"HTTP/2.0\",\"method\":\"GET\",\"host\":\"localhost\",\"uri\":\"/\","
                        + "\"headers\":{\"Referer\":[\"https://a.example/\"],\"Accept\":[\"*/*\"]}},"
                        + "\"bytes_read\":0,\"duration\":0.000929675,\"size\":10900,\"status\":200,"
                        + "\"resp_headers\":{\"Server\":[\"Caddy\"]}}");
        assertThat(request.status()).isEqualTo(200);
        assertThat(request.host()).isEqualTo("localhost");
        assertThat(request.client()).isEqualTo("127.0.0.1");
        assertThat(request.referrer()).isEqualTo("https://a.example/");
        assertThat(request.epochSecond()).isEqualTo(1646861401L);
    }

    @Test
    void traefikJsonLinesUseTheDownstreamStatus() {
        Request request = LogFormat.named("json")
                .parse("{\"ClientHost\":\"192.168.1.5\",\"DownstreamStatus\":499,\"OriginStatus\":0,"
                        + "\"RequestHost\":\"whoami.example\",\"RequestMethod\":\"GET\",\"RequestPath\":\"/slow\","
                        + "\"StartUTC\":\"2026-12-06T14:05:00.123456789Z\",\"level\":\"info\"}");
        assertThat(request.status()).isEqualTo(499);
        assertThat(request.host()).isEqualTo("whoami.example");
        assertThat(request.path()).isEqualTo("/slow");
        assertThat(request.epochSecond()).isEqualTo(epoch("2026-12-06T14:05:00Z"));
    }

    @Test
    void awsLoadBalancerLogsGiveTheLoadBalancersStatus() {
        String alb = "https 2026-12-06T14:05:00.186641Z app/my-lb/50dc6c495c0c9188 192.168.131.39:2817"
                + " 10.0.0.1:80 0.000 0.001 -1 460 - 34 366 \"GET https://www.example.com:443/cart?x=1 HTTP/1.1\""
                + " \"curl/7.46.0\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2"
                + " arn:aws:elasticloadbalancing:us-east-2:1:targetgroup/t/7 \"Root=1-58337281\" \"-\" \"-\" 0"
                + " 2026-12-06T14:04:59.000000Z \"forward\" \"-\" \"-\" \"10.0.0.1:80\" \"-\" \"-\" \"-\"";
        Request request = LogFormat.named("alb").parse(alb);
        assertThat(request.status()).isEqualTo(460);
        assertThat(request.client()).isEqualTo("192.168.131.39");
        assertThat(request.path()).isEqualTo("/cart");
        assertThat(request.epochSecond()).isEqualTo(epoch("2026-12-06T14:05:00Z"));
        assertThat(LogFormat.detect(List.of(alb)).orElseThrow().name()).isEqualTo("alb");
        String elb = "2026-12-06T14:05:00.000000Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.000073"
                + " 0.001048 0.000057 463 - 0 29 \"GET http://www.example.com:80/ HTTP/1.1\" \"curl/7.38.0\" - -";
        Request classic = LogFormat.named("elb").parse(elb);
        assertThat(classic.status()).isEqualTo(463);
        assertThat(classic.path()).isEqualTo("/");
        assertThat(LogFormat.detect(List.of(elb)).orElseThrow().name()).isEqualTo("elb");
    }

    @Test
    void detectionPrefersTheRichestFormatThatReadsTheSample() {
        assertThat(LogFormat.detect(List.of(COMBINED, COMBINED)).orElseThrow().name())
                .isEqualTo("combined");
        assertThat(LogFormat.detect(List.of("1.2.3.4 - - [10/Oct/2000:13:55:36 +0000] \"GET / HTTP/1.1\" 200 1"))
                        .orElseThrow()
                        .name())
                .isEqualTo("common");
        assertThat(LogFormat.detect(List.of("h.example:80 " + COMBINED))
                        .orElseThrow()
                        .name())
                .isEqualTo("vhost_combined");
        assertThat(LogFormat.detect(List.of("h.example " + COMBINED))
                        .orElseThrow()
                        .name())
                .isEqualTo("host_combined");
        assertThat(LogFormat.detect(List.of("{\"status\":200}")).orElseThrow().name())
                .isEqualTo("json");
        assertThat(LogFormat.detect(List.of("not a log", "\u0000\u0001"))).isEmpty();
    }

    @Test
    void hostileLinesAreRefusedWithoutThrowing() {
        List<String> hostile = List.of(
                "",
                "\"",
                "[",
                COMBINED.substring(0, 40),
                COMBINED.substring(0, COMBINED.indexOf(" 404") + 3),
                COMBINED.replace("10/Oct/2000:13:55:36 -0700", "99/Foo/2000:25:61:99 -9999"),
                COMBINED.replace("10/Oct/2000", "10/Oct/20"),
                COMBINED.replace(" 404 ", " 4x4 "),
                COMBINED.replace(" 404 ", " 4040 "),
                "\u0000\u0001\u0002\ufffd\ufffd [ \" ] {",
                "{\"status\":\"20\"}",
                "{\"status\":200",
                "{\"status\":200,\"time\":\"yesterday\"}",
                "{\"a\":\"\\u12\"}",
                "[".repeat(10_000),
                "{\"a\":".repeat(5_000),
                "x".repeat(100_000));
        for (String name : LogFormat.names()) {
            LogFormat format = LogFormat.named(name);
            for (String line : hostile) {
                assertThat(format.parse(line))
                        .as("%s reading %.60s", name, line)
                        .isNull();
            }
        }
    }

    @Test
    void theTimeReadersAgreeWithJavaTime() {
        int[] offset = {0};
        String line = "29/Feb/2024:23:59:59 +0530";
        assertThat(LogTime.common(line.getBytes(StandardCharsets.UTF_8), 0, line.length(), offset))
                .isEqualTo(epoch("2024-02-29T23:59:59+05:30"));
        assertThat(offset[0]).isEqualTo(5 * 3600 + 1800);
        String iso = "1969-12-31T23:59:59.5-00:30";
        assertThat(LogTime.iso(iso.getBytes(StandardCharsets.UTF_8), 0, iso.length(), offset))
                .isEqualTo(epoch("1969-12-31T23:59:59-00:30"));
    }
}
