package se.klossnet.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.klossnet.deploy.k8s.validation.Schemas;

/**
 * Every kustomization of deploy/k8s renders, and every document it renders (and every plain manifest of
 * examples/) is valid against the schema of its kind: Kubernetes' API for built-in kinds, the operators' CRD schemas
 * for custom resources (see {@link Schemas}). One test per document.
 */
class ManifestSchemaTest {

    @Test
    void everyKustomizationIsFoundAndRendersSomething() {
        // The walk must find the layout README.md describes; an empty or partial walk would make the factory vacuous.
        assertThat(Manifests.kustomizations()).contains("base", "base/call-service", "base/exchange-service",
                "base/followup-service", "base/gateway", "base/reporting-service", "base/network", "overlays/node",
                "overlays/hub", "platform", "examples/kth");
        assertThat(Manifests.plainManifests()).contains("examples/mirrormaker2.yaml");
        for (String k : Manifests.kustomizations()) {
            assertThat(Manifests.rendered(k)).as(k).isNotEmpty();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyRenderedDocumentIsValid() {
        Stream<DynamicNode> kustomizations = Manifests.kustomizations().stream()
                .map(k -> DynamicContainer.dynamicContainer(k, documents(k, Manifests.rendered(k))));
        Stream<DynamicNode> plain = Manifests.plainManifests().stream()
                .map(f -> DynamicContainer.dynamicContainer(f, documents(f, Yaml.documents(Manifests.ROOT.resolve(f)))));
        return Stream.concat(kustomizations, plain);
    }

    private static Stream<DynamicTest> documents(String source, List<ObjectNode> documents) {
        return documents.stream().map(doc -> DynamicTest.dynamicTest(
                doc.path("apiVersion").asText() + " " + doc.path("kind").asText() + " "
                        + doc.path("metadata").path("name").asText(),
                () -> assertThat(Schemas.validate(doc)).as(source + ": " + doc.path("kind").asText() + " "
                        + doc.path("metadata").path("name").asText()).isEmpty()));
    }
}
