package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;

/** The sample documents: /html, /json, /xml, /robots.txt, /deny and /encoding/utf8. */
class SampleDocumentsTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void htmlIsAPageWithAHeading() throws Exception {
        HttpResponse<String> page = server.get("/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("<h1>").endsWith("</html>\n");
    }

    @Test
    void jsonIsAnObjectWithANestedObjectAndArray() throws Exception {
        HttpResponse<String> json = server.get("/json");

        assertThat(json.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
        JsonNode catalog = new ObjectMapper().readTree(json.body()).get("catalog");
        assertThat(catalog.isObject()).isTrue();
        assertThat(catalog.get("codes").isArray()).isTrue();
        assertThat(catalog.get("codes").get(0).get("code").asInt()).isEqualTo(200);
        assertThat(catalog.get("codes").get(0).get("advice").isArray()).isTrue();
    }

    @Test
    void xmlIsWellFormedWithTheDeclarationClientsLookFor() throws Exception {
        HttpResponse<String> xml = server.get("/xml");

        assertThat(xml.headers().firstValue("content-type")).hasValue("application/xml");
        assertThat(xml.body()).startsWith("<?xml version='1.0' encoding='us-ascii'?>");
        Document document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.US_ASCII)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("catalog");
        assertThat(document.getElementsByTagName("code").getLength()).isEqualTo(4);
    }

    @Test
    void robotsAreKeptFromDenyWhichSaysSo() throws Exception {
        HttpResponse<String> robots = server.get("/robots.txt");
        HttpResponse<String> deny = server.get("/deny");

        assertThat(robots.headers().firstValue("content-type")).hasValue("text/plain; charset=utf-8");
        assertThat(robots.body()).isEqualTo("User-agent: *\nDisallow: /deny\n");
        assertThat(deny.headers().firstValue("content-type")).hasValue("text/plain; charset=utf-8");
        assertThat(deny.body()).contains("YOU SHOULDN'T BE HERE");
    }

    @Test
    void theUtf8SamplerHoldsTextOutsideTheBasicPlaneAndRightToLeft() throws Exception {
        HttpResponse<byte[]> sampler = server.http1.send(
                java.net.http.HttpRequest.newBuilder(server.uri("/encoding/utf8"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(sampler.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        String text = StandardCharsets.UTF_8
                .newDecoder()
                .decode(java.nio.ByteBuffer.wrap(sampler.body()))
                .toString();
        assertThat(text).contains("未找到", "Δεν βρέθηκε", "غير موجود", "𝄞", "👩🏽‍💻", "e\u0301");
    }

    @Test
    void aHeadHasTheLengthOfTheDocument() throws Exception {
        HttpResponse<String> head = server.send(server.http1, "HEAD", "/json");

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("content-length"))
                .hasValue(String.valueOf(server.get("/json").body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(head.body()).isEmpty();
    }
}
