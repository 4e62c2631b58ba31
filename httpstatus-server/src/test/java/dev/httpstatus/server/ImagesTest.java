package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /image} by Accept and {@code /image/{kind}}: each kind decodes as what it says it is. Chromium decodes the
 * WebP in {@link GeneratedMediaBrowserTest}.
 */
class ImagesTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|image/png",
                "image/*|image/png",
                "*/*|image/png",
                "image/png|image/png",
                "image/jpeg|image/jpeg",
                "image/webp|image/webp",
                "image/svg+xml|image/svg+xml",
                "image/webp,image/*;q=0.8|image/webp",
                "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8|image/png",
                "text/html,image/jpeg;q=0.5|image/jpeg",
                "image/*,image/png;q=0|image/webp"
            })
    void theAcceptHeaderChoosesTheKind(String accept, String type) throws Exception {
        HttpResponse<byte[]> image = image("/image", accept);

        assertThat(image.statusCode()).as(accept).isEqualTo(200);
        assertThat(image.headers().firstValue("content-type")).as(accept).hasValue(type);
        assertThat(image.headers().firstValue("vary")).hasValue("accept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/raw", "image/jpg", "image/svg", "text/html", "image/*;q=0"})
    void anAcceptOfNoKindServedIs406NamingTheKinds(String accept) throws Exception {
        HttpResponse<String> refused = server.get("/image", "Accept", accept);

        assertThat(refused.statusCode()).as(accept).isEqualTo(406);
        assertThat(refused.body()).contains("image/png, image/webp, image/svg+xml, image/jpeg");
    }

    @Test
    void aRefusalAsProblemDetailsListsTheKinds() throws Exception {
        HttpResponse<String> refused = server.get("/image", "Accept", "application/json");

        assertThat(refused.statusCode()).isEqualTo(406);
        assertThat(refused.body())
                .contains("\"accept\":[\"image/png\",\"image/webp\",\"image/svg+xml\",\"image/jpeg\"]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/image/raw", "/image/jpg", "/image/png/foo", "/image/"})
    void anotherKindIsNotFound(String path) throws Exception {
        assertThat(server.get(path).statusCode()).as(path).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"png,image/png", "jpeg,image/jpeg"})
    void pngAndJpegDecodeAsTheTrafficLight(String kind, String type) throws Exception {
        HttpResponse<byte[]> image = image("/image/" + kind, "");

        assertThat(image.headers().firstValue("content-type")).hasValue(type);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertThat(decoded.getWidth()).isEqualTo(100);
        assertThat(decoded.getHeight()).isEqualTo(100);
        int green = decoded.getRGB(50, 68);
        assertThat((green >> 8) & 0xff).as("the lit lamp is green").isGreaterThan(150);
        assertThat((green >> 16) & 0xff).isLessThan(100);
    }

    @Test
    void theWebpIsALosslessRiffWebpOfTheSize() throws Exception {
        HttpResponse<byte[]> image = image("/image/webp", "");

        assertThat(image.headers().firstValue("content-type")).hasValue("image/webp");
        ByteBuffer webp = ByteBuffer.wrap(image.body()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ascii(image.body(), 0, 4)).isEqualTo("RIFF");
        assertThat(webp.getInt(4)).as("the RIFF size").isEqualTo(image.body().length - 8);
        assertThat(ascii(image.body(), 8, 8)).isEqualTo("WEBPVP8L");
        assertThat(webp.getInt(16)).as("the chunk size").isBetween(image.body().length - 21, image.body().length - 20);
        assertThat(webp.get(20)).as("the VP8L signature").isEqualTo((byte) 0x2f);
        int dimensions = webp.getInt(21);
        assertThat((dimensions & 0x3fff) + 1).as("width").isEqualTo(100);
        assertThat(((dimensions >>> 14) & 0x3fff) + 1).as("height").isEqualTo(100);
        assertThat(dimensions >>> 29).as("version").isZero();
    }

    @Test
    void theSvgIsWellFormedSvg() throws Exception {
        HttpResponse<byte[]> image = image("/image/svg", "");

        assertThat(image.headers().firstValue("content-type")).hasValue("image/svg+xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(image.body()))
                .getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("width")).isEqualTo("100");
    }

    private static String ascii(byte[] bytes, int from, int length) {
        return new String(bytes, from, length, StandardCharsets.US_ASCII);
    }

    private static HttpResponse<byte[]> image(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
        if (!accept.isEmpty()) {
            request.header("Accept", accept);
        }
        return server.http1.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
