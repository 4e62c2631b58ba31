package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The server's own {@code /openapi.json}, used to check real responses: the schema the document gives for a
 * path, method, status and content type must accept the body the server sent.
 */
final class OpenApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode document;
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    OpenApiContract(JsonNode document) {
        this.document = document;
    }

    /** The document as the server serves it. */
    static OpenApiContract served(TestServer server) throws IOException, InterruptedException {
        HttpResponse<String> response = server.get("/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        return new OpenApiContract(JSON.readTree(response.body()));
    }

    /** The document in the classpath, for checks that need no server. */
    static JsonNode bundled() throws IOException {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/dev/httpstatus/server/api/openapi.json")) {
            return JSON.readTree(in);
        }
    }

    JsonNode document() {
        return document;
    }

    /**
     * Checks {@code response}, the answer to GET {@code pathTemplate} (as the document names the path, such as
     * {@code /api/v1/codes/{code}}), against the document: its status must be documented for that operation
     * with the response's content type, and its body must match the schema.
     */
    JsonNode check(String pathTemplate, HttpResponse<String> response) throws IOException {
        JsonNode operation = document.path("paths").path(pathTemplate).path("get");
        assertThat(operation.isMissingNode())
                .as("GET %s is documented", pathTemplate)
                .isFalse();
        JsonNode documented = resolve(operation.path("responses").path(Integer.toString(response.statusCode())));
        assertThat(documented.isMissingNode())
                .as("status %d of GET %s is documented", response.statusCode(), pathTemplate)
                .isFalse();
        String contentType = response.headers().firstValue("content-type").orElse("");
        JsonNode media = documented.path("content").path(contentType.split(";")[0].strip());
        assertThat(media.isMissingNode())
                .as("content type %s of %d from GET %s is documented", contentType, response.statusCode(), pathTemplate)
                .isFalse();
        JsonNode body = JSON.readTree(response.body());
        List<Error> errors = schema(media.path("schema")).validate(body);
        assertThat(errors)
                .as("GET %s answered %d with a body that matches the document", pathTemplate, response.statusCode())
                .isEmpty();
        return body;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        if (ref.isTextual()) {
            JsonNode target = document;
            for (String part : ref.asText().substring(2).split("/")) {
                target = target.path(part);
            }
            return target;
        }
        return node;
    }

    /** {@code node} as a JSON Schema whose references into the document's components resolve. */
    private Schema schema(JsonNode node) throws IOException {
        String components = JSON.writeValueAsString(document.path("components").path("schemas"))
                .replace("#/components/schemas/", "#/$defs/");
        ObjectNode schema =
                (ObjectNode) JSON.readTree(JSON.writeValueAsString(node).replace("#/components/schemas/", "#/$defs/"));
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.set("$defs", JSON.readTree(components));
        return schemas.getSchema(schema);
    }
}
