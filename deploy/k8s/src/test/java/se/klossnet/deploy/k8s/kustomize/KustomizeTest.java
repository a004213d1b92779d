package se.klossnet.deploy.k8s.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderer's Kustomize semantics on small fixtures, each the behaviour of {@code kubectl kustomize} (Kustomize
 * 5.5) that deploy/k8s relies on. (The full manifests were also compared document by document with
 * {@code kubectl kustomize} output when they were written; see README.md, "Validation".)
 */
class KustomizeTest {

    @TempDir
    Path dir;

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: app}
            spec:
              selector: {matchLabels: {app: app}}
              template:
                metadata: {labels: {app: app}}
                spec:
                  volumes: [{name: c, configMap: {name: settings}}]
                  containers:
                    - name: app
                      image: kloss/app:1
                      envFrom: [{configMapRef: {name: settings}}]
                      env:
                        - {name: PASSWORD, valueFrom: {secretKeyRef: {name: node-db, key: password}}}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings}
            data: {ID: kth}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: app}
            spec: {selector: {app: app}, ports: [{port: 80}]}
            """;

    @Test
    void prefixRenamesEverythingAndTheReferencesToWhatIsInTheBuild() throws IOException {
        write("base/app.yaml", DEPLOYMENT);
        write("base/kustomization.yaml", "resources: [app.yaml]\n");
        write("kustomization.yaml", "resources: [base]\nnamePrefix: kth-\nnamespace: kloss\n");

        List<ObjectNode> docs = Kustomize.build(dir);

        JsonNode deployment = find(docs, "Deployment", "kth-app");
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        assertThat(pod.path("containers").get(0).path("envFrom").get(0).path("configMapRef").path("name").asText())
                .isEqualTo("kth-settings");
        assertThat(pod.path("volumes").get(0).path("configMap").path("name").asText()).isEqualTo("kth-settings");
        // The Secret is not in the build: its reference stays as it is.
        assertThat(pod.path("containers").get(0).path("env").get(0).path("valueFrom").path("secretKeyRef").path("name")
                .asText()).isEqualTo("node-db");
        assertThat(docs).allSatisfy(d -> assertThat(d.path("metadata").path("namespace").asText()).isEqualTo("kloss"));
    }

    @Test
    void labelsReachSelectorsOnlyWhenAsked() throws IOException {
        write("app.yaml", DEPLOYMENT);
        write("kustomization.yaml", """
                resources: [app.yaml]
                labels:
                  - pairs: {node: kth}
                    includeSelectors: true
                  - pairs: {team: kloss}
                """);

        List<ObjectNode> docs = Kustomize.build(dir);

        JsonNode deployment = find(docs, "Deployment", "app");
        assertThat(deployment.path("spec").path("selector").path("matchLabels").path("node").asText()).isEqualTo("kth");
        assertThat(deployment.path("spec").path("template").path("metadata").path("labels").path("node").asText())
                .isEqualTo("kth");
        assertThat(deployment.path("spec").path("selector").path("matchLabels").has("team")).isFalse();
        assertThat(deployment.path("metadata").path("labels").path("team").asText()).isEqualTo("kloss");
        assertThat(find(docs, "Service", "app").path("spec").path("selector").path("node").asText()).isEqualTo("kth");
    }

    @Test
    void aComponentsReplacementsRunBeforeTheIncludingPrefixAndSpliceByDelimiter() throws IOException {
        write("app.yaml", DEPLOYMENT);
        write("component/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1alpha1
                kind: Component
                replacements:
                  - source: {kind: ConfigMap, name: settings, fieldPath: data.ID}
                    targets:
                      - select: {kind: Deployment}
                        fieldPaths:
                          - spec.template.spec.containers.*.env.[name=PASSWORD].valueFrom.secretKeyRef.name
                        options: {delimiter: "-", index: 0}
                """);
        write("kustomization.yaml", "resources: [app.yaml]\ncomponents: [component]\nnamePrefix: kth-\n");

        JsonNode env = find(Kustomize.build(dir), "Deployment", "kth-app")
                .path("spec").path("template").path("spec").path("containers").get(0).path("env").get(0);

        assertThat(env.path("valueFrom").path("secretKeyRef").path("name").asText()).isEqualTo("kth-db");
    }

    @Test
    void patchesMergeMapsAndImagesReplaceNameAndTag() throws IOException {
        write("app.yaml", DEPLOYMENT);
        write("patch.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {ID: mau, EXTRA: x}\n");
        write("kustomization.yaml", """
                resources: [app.yaml]
                patches: [{path: patch.yaml}]
                images: [{name: kloss/app, newName: registry.example/kloss/app, newTag: "2"}]
                """);

        List<ObjectNode> docs = Kustomize.build(dir);

        assertThat(find(docs, "ConfigMap", "settings").path("data").toString()).isEqualTo("{\"ID\":\"mau\",\"EXTRA\":\"x\"}");
        assertThat(find(docs, "Deployment", "app").path("spec").path("template").path("spec").path("containers").get(0)
                .path("image").asText()).isEqualTo("registry.example/kloss/app:2");
    }

    @Test
    void refusesWhatItDoesNotImplementInsteadOfRenderingItWrong() throws IOException {
        write("app.yaml", DEPLOYMENT);
        write("kustomization.yaml", "resources: [app.yaml]\nconfigMapGenerator: [{name: x, literals: [a=b]}]\n");
        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("configMapGenerator");

        write("patch.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\n"
                + "spec: {template: {spec: {containers: [{name: app, image: other}]}}}\n");
        write("kustomization.yaml", "resources: [app.yaml]\npatches: [{path: patch.yaml}]\n");
        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("merge keys");

        write("kustomization.yaml", "resources: [app.yaml, ../outside.yaml]\n");
        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("not in or below");
    }

    @Test
    void aReplacementThatFindsNothingFails() throws IOException {
        write("app.yaml", DEPLOYMENT);
        write("kustomization.yaml", """
                resources: [app.yaml]
                replacements:
                  - source: {kind: ConfigMap, name: settings, fieldPath: data.ID}
                    targets:
                      - select: {kind: Deployment}
                        fieldPaths:
                          - spec.template.spec.containers.*.env.[name=TYPO].value
                """);
        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("[name=TYPO]");
    }

    private void write(String file, String content) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    private static JsonNode find(List<ObjectNode> docs, String kind, String name) {
        return docs.stream()
                .filter(d -> d.path("kind").asText().equals(kind) && d.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + docs));
    }
}
