package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with the operator's own PEM certificate and key; HTTP/2 by prior knowledge on the cleartext port. */
class TlsAndPriorKnowledgeTest {

    /**
     * Plain HTTP to the TLS port is answered, not dropped: a 400 that says to use https://, in both languages, then the
     * connection closes. curl, asked for http:// on that port, prints it. TLS on the same port still works.
     */
    @Test
    void plainHttpToTheTlsPortIsToldToUseHttps() throws Exception {
        try (TestServer server = new TestServer(TestServer.quietBuilder()
                .tls(Optional.empty(), Optional.empty())
                .build())) {
            String plain = "http://127.0.0.1:" + server.server.port() + "/status/200";
            String answer = Curl.run("--include", plain);

            assertThat(answer)
                    .startsWith("HTTP/1.1 400 Bad Request\r\n")
                    .containsIgnoringCase("connection: close\r\n")
                    .contains("this port speaks HTTPS only; send the request again to an https:// URL.")
                    .contains("此端口只接受 HTTPS");
            assertThat(server.send(TestServer.trustingHttp2(), "GET", "/status/201")
                            .statusCode())
                    .isEqualTo(201);
        }
    }

    @Test
    void servesHttpsWithAGivenPemCertificateAndKey(@TempDir Path dir) throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        X500Name name = new X500Name("CN=operator test");
        var builder = new JcaX509v3CertificateBuilder(
                name,
                BigInteger.TEN,
                Date.from(Instant.now().minusSeconds(60)),
                Date.from(Instant.now().plusSeconds(3600)),
                name,
                keys.getPublic());
        builder.addExtension(
                Extension.subjectAlternativeName,
                false,
                new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
        var certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Files.writeString(cert, pem(certificate));
        Files.writeString(key, pem(new JcaPKCS8Generator(keys.getPrivate(), null).generate()));
        try (TestServer server = new TestServer(TestServer.quietBuilder()
                .tls(Optional.of(cert), Optional.of(key))
                .build())) {
            HttpResponse<String> response = server.send(TestServer.trustingHttp2(), "GET", "/status/201");
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(response.sslSession().orElseThrow().getPeerCertificates()[0])
                    .isEqualTo(certificate);
        }
    }

    private static String pem(Object object) throws Exception {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }

    @Test
    void aConnectionOpeningWithTheHttp2PrefaceIsServedAsHttp2() throws Exception {
        try (TestServer server = TestServer.start();
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write(new byte[] {0, 0, 0, 4, 0, 0, 0, 0, 0});
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] header = new byte[9];
            in.readFully(header);
            int type = header[3];
            int stream = ((header[5] & 0x7f) << 24)
                    | ((header[6] & 0xff) << 16)
                    | ((header[7] & 0xff) << 8)
                    | (header[8] & 0xff);
            assertThat(type).as("the server's preface is a SETTINGS frame").isEqualTo(4);
            assertThat(stream).isZero();
        }
    }
}
