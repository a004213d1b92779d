package se.klossnet.deploy.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import se.klossnet.deploy.k8s.kustomize.Kustomize;

/** The manifests of deploy/k8s: every kustomization (rendered) and every plain manifest of examples/. */
public final class Manifests {

    /** The module directory; surefire runs the tests there. */
    public static final Path ROOT = Path.of("").toAbsolutePath();

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    /** Directories (relative to deploy/k8s) that hold a Kustomization, components excluded. */
    public static List<String> kustomizations() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                    .map(Path::getParent)
                    .filter(dir -> !ROOT.relativize(dir).startsWith("src") && !ROOT.relativize(dir).startsWith("target"))
                    .filter(dir -> Kustomize.isKustomization(dir, "Kustomization"))
                    .map(dir -> ROOT.relativize(dir).toString().replace('\\', '/'))
                    .map(dir -> dir.isEmpty() ? "." : dir)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** YAML files of examples/ that are manifests of their own, not part of a kustomization. */
    public static List<String> plainManifests() {
        try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
            return files.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rendered documents of a kustomization (cached; callers must not change them). */
    public static List<ObjectNode> rendered(String kustomization) {
        return RENDERED.computeIfAbsent(kustomization, k -> Kustomize.build(ROOT.resolve(k)));
    }

    /** A fresh rendering, for tests that change the documents. */
    public static List<ObjectNode> renderedCopy(String kustomization) {
        return Kustomize.build(ROOT.resolve(kustomization));
    }

    public static List<ObjectNode> of(String kustomization, String kind) {
        return rendered(kustomization).stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    public static ObjectNode one(String kustomization, String kind, String name) {
        return rendered(kustomization).stream()
                .filter(d -> d.path("kind").asText().equals(kind) && d.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kustomization + " renders no " + kind + " " + name));
    }
}
