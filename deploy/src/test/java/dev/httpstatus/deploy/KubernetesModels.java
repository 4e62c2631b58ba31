package dev.httpstatus.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/**
 * Checks an object against the Kubernetes API's own schema, through the model classes the official Java client
 * generates from the API's OpenAPI document: each class's {@code validateJsonElement} refuses a field the schema does
 * not have and a required field that is missing, at every depth, and reading it refuses a value of the wrong type.
 */
final class KubernetesModels {
    /** The kinds the manifests and docs/deploy.md use, by "apiVersion kind". */
    private static final Map<String, Class<?>> MODELS = Map.of(
            "apps/v1 Deployment", V1Deployment.class,
            "v1 Service", V1Service.class,
            "policy/v1 PodDisruptionBudget", V1PodDisruptionBudget.class,
            "autoscaling/v2 HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1 Ingress", V1Ingress.class);

    private KubernetesModels() {}

    /** Throws an {@link IllegalArgumentException} that says what is wrong, unless the object is valid. */
    static void validate(ObjectNode object) {
        String type =
                object.path("apiVersion").asText() + " " + object.path("kind").asText();
        Class<?> model = MODELS.get(type);
        if (model == null) {
            throw new IllegalArgumentException("no model for " + type);
        }
        String json = object.toString();
        try {
            model.getMethod("validateJsonElement", com.google.gson.JsonElement.class)
                    .invoke(null, JsonParser.parseString(json));
            new JSON().deserialize(json, model);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(type + ": " + e.getCause().getMessage(), e.getCause());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(type + ": " + e.getMessage(), e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(model + " has no validateJsonElement", e);
        }
    }
}
