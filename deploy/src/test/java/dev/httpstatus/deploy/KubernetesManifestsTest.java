package dev.httpstatus.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.httpstatus.server.StatusServer;
import dev.httpstatus.server.config.ServerConfig;
import dev.httpstatus.server.config.Setting;
import dev.httpstatus.server.config.Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifests in {@code kubernetes/}, checked offline: every object of the base and of each overlay against the
 * Kubernetes API's schema, and against the server they run (its settings, its probes, its port, its shutdown).
 */
class KubernetesManifestsTest {
    private static final Path BASE = Path.of("kubernetes/base");
    private static final Path REDIS = Path.of("kubernetes/overlays/redis");

    static Stream<Path> kustomizations() {
        return Stream.of(BASE, REDIS);
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void everyObjectIsValidForTheKubernetesApi(Path kustomization) throws Exception {
        List<ObjectNode> objects = Kustomization.build(kustomization);
        assertThat(objects)
                .extracting(object -> object.path("kind").asText())
                .contains("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler");
        for (ObjectNode object : objects) {
            KubernetesModels.validate(object);
        }
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                fault(
                        "a misspelled field",
                        "replica",
                        deployment -> deployment.with("spec").put("replica", 2)),
                fault(
                        "a misspelled field deep down",
                        "readOnlyRootFileSystem",
                        deployment ->
                                container(deployment).with("securityContext").put("readOnlyRootFileSystem", true)),
                fault(
                        "a number given as a word",
                        "eighty",
                        deployment -> ((ObjectNode)
                                        container(deployment).path("ports").get(0))
                                .put("containerPort", "eighty")),
                fault(
                        "a list given as a string",
                        "args",
                        deployment -> container(deployment).put("args", "serve")),
                fault(
                        "a missing required field",
                        "selector",
                        deployment -> deployment.with("spec").remove("selector")),
                fault(
                        "a container without its name",
                        "`name`",
                        deployment -> container(deployment).remove("name")));
    }

    /** A change that makes the Deployment invalid, and the word the refusal must name. */
    private static Arguments fault(String what, String named, Consumer<ObjectNode> change) {
        return Arguments.of(what, named, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void theValidationRefuses(String what, String named, Consumer<ObjectNode> change) throws Exception {
        ObjectNode deployment = object(Kustomization.build(BASE), "Deployment", "httpstatus");
        KubernetesModels.validate(deployment);
        change.accept(deployment);
        assertThatThrownBy(() -> KubernetesModels.validate(deployment))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(named);
    }

    @Test
    void theObjectsInDocsDeployAreValid() throws Exception {
        String docs = Files.readString(Path.of("../docs/deploy.md"));
        Matcher block = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(docs);
        int objects = 0;
        while (block.find()) {
            for (ObjectNode object : Kustomization.parse(block.group(1))) {
                KubernetesModels.validate(object);
                objects++;
            }
        }
        assertThat(objects).as("objects in docs/deploy.md").isPositive();
    }

    @Test
    void anUnknownKindOrAnUnknownKustomizationFieldIsRefused(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        ObjectNode deployment = object(Kustomization.build(BASE), "Deployment", "httpstatus");
        deployment.put("apiVersion", "apps/v1beta1");
        assertThatThrownBy(() -> KubernetesModels.validate(deployment)).hasMessageContaining("no model");
        Files.writeString(
                dir.resolve("kustomization.yaml"),
                "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresource: []\n");
        assertThatThrownBy(() -> Kustomization.build(dir)).hasMessageContaining("unknown kustomization field");
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void everyVariableIsAServerSettingWithAReadableValue(Path kustomization) throws Exception {
        ObjectNode deployment = object(Kustomization.build(kustomization), "Deployment", "httpstatus");
        Map<String, Setting<?>> settings = new java.util.HashMap<>();
        Settings.all().forEach(setting -> settings.put(setting.environmentVariable(), setting));
        for (JsonNode variable : container(deployment).path("env")) {
            String name = variable.path("name").asText();
            assertThat(settings).as("settings of serve").containsKey(name);
            read(
                    ServerConfig.builder(),
                    settings.get(name),
                    name,
                    variable.path("value").asText());
        }
    }

    private static <T> void read(ServerConfig.Builder builder, Setting<T> setting, String source, String text) {
        builder.read(setting, source, text);
    }

    @Test
    void theRedisOverlaySharesTheStateAndSpreadsRequests() throws Exception {
        List<ObjectNode> objects = Kustomization.build(REDIS);
        List<String> variables = new ArrayList<>();
        container(object(objects, "Deployment", "httpstatus"))
                .path("env")
                .forEach(variable -> variables.add(variable.path("name").asText() + "="
                        + variable.path("value").asText()));
        assertThat(variables).contains("HTTPSTATUS_STATE=redis://httpstatus-redis:6379");
        assertThat(object(objects, "Service", "httpstatus")
                        .at("/spec/sessionAffinity")
                        .asText())
                .isEqualTo("None");
        assertThat(object(objects, "Service", "httpstatus-redis")
                        .at("/spec/ports/0/port")
                        .asInt())
                .isEqualTo(6379);
        // The base is left as it was.
        assertThat(object(Kustomization.build(BASE), "Service", "httpstatus")
                        .at("/spec/sessionAffinity")
                        .asText())
                .isEqualTo("ClientIP");
    }

    @Test
    void theProbesAnswerOnARealServer() throws Exception {
        ObjectNode container = container(object(Kustomization.build(BASE), "Deployment", "httpstatus"));
        HttpClient client = HttpClient.newHttpClient();
        try (StatusServer server = StatusServer.start(
                ServerConfig.builder().address("127.0.0.1", 0).accessLog(false).build())) {
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                String path = container.path(probe).at("/httpGet/path").asText();
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                                .timeout(Duration.ofSeconds(20))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                assertThat(response.statusCode()).as(probe + " " + path).isEqualTo(200);
            }
        }
    }

    @Test
    void theTerminationGracePeriodCoversThePauseAndTheServersShutdownGrace() throws Exception {
        ObjectNode deployment = object(Kustomization.build(BASE), "Deployment", "httpstatus");
        ObjectNode container = container(deployment);
        long pause = container.at("/lifecycle/preStop/sleep/seconds").asLong();
        ServerConfig.Builder config = ServerConfig.builder();
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(Settings.SHUTDOWN_GRACE.environmentVariable())) {
                config.read(
                        Settings.SHUTDOWN_GRACE, "env", variable.path("value").asText());
            }
        }
        long grace = config.build().shutdownGrace().toSeconds();
        assertThat(pause).isPositive();
        assertThat(deployment
                        .at("/spec/template/spec/terminationGracePeriodSeconds")
                        .asLong())
                .isGreaterThan(pause + grace);
    }

    @Test
    void theServiceThePodsAndTheImageAgreeOnNamesAndPorts() throws Exception {
        List<ObjectNode> objects = Kustomization.build(BASE);
        ObjectNode deployment = object(objects, "Deployment", "httpstatus");
        JsonNode labels = deployment.at("/spec/template/metadata/labels");
        assertThat(deployment.at("/spec/selector/matchLabels")).isEqualTo(labels);
        assertThat(object(objects, "Service", "httpstatus").at("/spec/selector"))
                .isEqualTo(labels);
        assertThat(object(objects, "PodDisruptionBudget", "httpstatus").at("/spec/selector/matchLabels"))
                .isEqualTo(labels);
        assertThat(object(objects, "HorizontalPodAutoscaler", "httpstatus").at("/spec/scaleTargetRef/name"))
                .isEqualTo(TextNode.valueOf("httpstatus"));

        JsonNode port = container(deployment).at("/ports/0");
        assertThat(object(objects, "Service", "httpstatus")
                        .at("/spec/ports/0/targetPort")
                        .asText())
                .isEqualTo(port.path("name").asText());
        Matcher imagePort = Pattern.compile("<HTTPSTATUS_PORT>(\\d+)</HTTPSTATUS_PORT>")
                .matcher(Files.readString(Path.of("../httpstatus-image/pom.xml")));
        assertThat(imagePort.find()).as("the image sets HTTPSTATUS_PORT").isTrue();
        assertThat(port.path("containerPort").asText()).isEqualTo(imagePort.group(1));
        assertThat(container(deployment).path("image").asText()).isEqualTo("localhost/httpstatus:0.1.0");
    }

    private static ObjectNode object(List<ObjectNode> objects, String kind, String name) {
        return objects.stream()
                .filter(object -> object.path("kind").asText().equals(kind))
                .filter(object -> object.at("/metadata/name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static ObjectNode container(ObjectNode deployment) {
        return (ObjectNode) deployment.at("/spec/template/spec/containers/0");
    }
}
