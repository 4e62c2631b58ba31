package dev.httpstatus.clients;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A client of the matrix and the command that runs its probe, or why it cannot be had here. Each client is the one
 * its ecosystem installs in the ordinary way: the JDKs under /usr/lib/jvm, OkHttp and Apache HttpClient from Maven
 * Central (this module's dependencies), axios from npm (node/package-lock.json), the Python libraries, curl, wget
 * and Go from Debian (bin/test-clients installs them).
 */
record Client(String id, String name, String ecosystem, List<String> command, boolean shell, String missing) {

    static List<Client> all(Path dir, Path work) {
        List<Client> clients = new ArrayList<>();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Optional<Path> java17 = jdk("17");
        Optional<Path> java25 = jdk("25");
        clients.add(java("jdk17-httpclient", "JDK HttpClient (Java 17)", java17, classpath, "JdkProbe", "JDK 17"));
        clients.add(java("jdk25-httpclient", "JDK HttpClient (Java 25)", java25, classpath, "JdkProbe", "JDK 25"));
        clients.add(java("okhttp", "OkHttp", java17, classpath, "OkHttpProbe", "JDK 17"));
        clients.add(java(
                "apache-httpclient5", "Apache HttpClient 5 (classic)", java17, classpath, "ApacheProbe", "JDK 17"));
        clients.add(program(
                "node-fetch", "Node fetch (undici)", "node", "/usr/bin/node", dir.resolve("node/probe_fetch.mjs")));
        clients.add(program("axios", "axios", "node", "/usr/bin/node", dir.resolve("node/probe_axios.mjs"))
                .requires(dir.resolve("node/node_modules/axios/package.json"), "run npm ci in clients/node"));
        for (String[] python : new String[][] {
            {"python-http-client", "Python http.client", "probe_http_client.py"},
            {"python-urllib3", "Python urllib3", "probe_urllib3.py"},
            {"python-requests", "Python requests", "probe_requests.py"},
            {"python-httpx", "Python httpx", "probe_httpx.py"}
        }) {
            // Debian's python3, which the python3-* packages install into (not a python3 of pyenv or a venv)
            clients.add(program(
                    python[0],
                    python[1],
                    "python",
                    "/usr/bin/python3",
                    dir.resolve("python").resolve(python[2])));
        }
        clients.add(shell("curl", "curl", "/usr/bin/curl", dir.resolve("shell/probe_curl.sh")));
        clients.add(shell("wget", "GNU Wget", "/usr/bin/wget", dir.resolve("shell/probe_wget.sh")));
        clients.add(go(dir, work));
        return clients;
    }

    boolean present() {
        return missing == null;
    }

    private Client requires(Path file, String how) {
        return !present() || Files.exists(file) ? this : new Client(id, name, ecosystem, command, shell, how);
    }

    private static Client java(
            String id, String name, Optional<Path> java, String classpath, String probe, String jdk) {
        return java.map(bin -> new Client(
                        id,
                        name,
                        "java",
                        List.of(bin.toString(), "-cp", classpath, "dev.httpstatus.clients.probe." + probe),
                        false,
                        null))
                .orElseGet(() -> new Client(id, name, "java", List.of(), false, jdk + " is not under /usr/lib/jvm"));
    }

    private static Client program(String id, String name, String ecosystem, String runtime, Path probe) {
        boolean there = Files.isExecutable(Path.of(runtime));
        return new Client(
                id,
                name,
                ecosystem,
                List.of(runtime, probe.toString()),
                false,
                there ? null : runtime + " is not installed");
    }

    private static Client shell(String id, String name, String tool, Path probe) {
        boolean there = Files.isExecutable(Path.of(tool));
        return new Client(
                id,
                name,
                "shell",
                List.of("/bin/bash", probe.toString()),
                true,
                there ? null : tool + " is not installed");
    }

    /** Go's net/http: the probe built with Debian's go (offline: it uses the standard library only). */
    private static Client go(Path dir, Path work) {
        String name = "Go net/http";
        if (!Files.isExecutable(Path.of("/usr/bin/go"))) {
            return new Client("go-net-http", name, "go", List.of(), false, "Debian's golang is not installed");
        }
        Path binary = work.resolve("goprobe");
        try {
            Process build = new ProcessBuilder(
                            "/usr/bin/go",
                            "build",
                            "-o",
                            binary.toString(),
                            dir.resolve("go/probe.go").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("go-build.log").toFile())
                    .start();
            if (build.waitFor() != 0) {
                return new Client(
                        "go-net-http",
                        name,
                        "go",
                        List.of(),
                        false,
                        "go build failed: "
                                + Files.readString(work.resolve("go-build.log")).strip());
            }
        } catch (Exception e) {
            return new Client("go-net-http", name, "go", List.of(), false, "go build failed: " + e);
        }
        return new Client("go-net-http", name, "go", List.of(binary.toString()), false, null);
    }

    /** A JDK of that feature release under /usr/lib/jvm, found by its release file, as Debian and Temurin lay it. */
    private static Optional<Path> jdk(String feature) {
        try (Stream<Path> homes = Files.list(Path.of("/usr/lib/jvm"))) {
            return homes.sorted()
                    .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .filter(home -> release(home).startsWith("JAVA_VERSION=\"" + feature))
                    .map(home -> home.resolve("bin/java"))
                    .findFirst();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static String release(Path home) {
        try (Stream<String> lines = Files.lines(home.resolve("release"))) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION="))
                    .findFirst()
                    .orElse("");
        } catch (Exception e) {
            return "";
        }
    }
}
