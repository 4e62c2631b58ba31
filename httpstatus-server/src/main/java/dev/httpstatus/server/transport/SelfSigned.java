package dev.httpstatus.server.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;

/**
 * A self-signed certificate made at start-up for localhost, the loopback addresses and the configured host,
 * with those names as subject alternative names, which clients check (the common name alone is not enough
 * for them). It is made by the JDK's own keytool, so the server needs no cryptography library.
 */
final class SelfSigned {
    static final String ALIAS = "httpstatus";

    private SelfSigned() {}

    /** Key managers holding a fresh certificate and key for {@code host}. */
    static KeyManagerFactory forHost(String host) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("httpstatus-tls");
            Path store = dir.resolve("self-signed.p12");
            char[] password = HexFormat.of()
                    .formatHex(new SecureRandom().generateSeed(16))
                    .toCharArray();
            keytool(store, new String(password), host);
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, password);
            }
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, password);
            return factory;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a self-signed certificate: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making a self-signed certificate", e);
        } finally {
            delete(dir);
        }
    }

    private static void keytool(Path store, String password, String host) throws IOException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(
                        keytool.toString(),
                        "-genkeypair",
                        "-alias",
                        ALIAS,
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-sigalg",
                        "SHA256withECDSA",
                        "-dname",
                        "CN=httpstatus self-signed",
                        "-ext",
                        "SAN=" + names(host),
                        "-validity",
                        "30",
                        "-keystore",
                        store.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        password,
                        "-keypass",
                        password)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output.strip());
        }
    }

    /** The subject alternative names in keytool's form: dns:localhost,ip:127.0.0.1,ip:::1 and the host. */
    static String names(String host) {
        Set<String> names = new LinkedHashSet<>(List.of("dns:localhost", "ip:127.0.0.1", "ip:::1"));
        if (host.matches("[0-9.]+")) {
            if (!host.equals("0.0.0.0")) {
                names.add("ip:" + host);
            }
        } else if (host.contains(":")) {
            if (!host.equals("::")) {
                names.add("ip:" + host);
            }
        } else if (!host.isBlank()) {
            names.add("dns:" + host);
        }
        return String.join(",", names);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A temporary directory left behind holds only a throw-away certificate.
        }
    }
}
