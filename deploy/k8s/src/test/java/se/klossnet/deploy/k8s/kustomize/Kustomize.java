package se.klossnet.deploy.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.klossnet.deploy.k8s.Yaml;

/**
 * Renders a kustomization the way {@code kubectl kustomize} (Kustomize 5) does, for the subset of Kustomize that
 * deploy/k8s uses: {@code resources} (files and directories), {@code components}, {@code namespace},
 * {@code namePrefix}, {@code labels} (with {@code includeSelectors}/{@code includeTemplates}), strategic-merge
 * {@code patches} of maps, {@code images} and {@code replacements} (with {@code [key=value]}, {@code *} and index
 * path segments and the delimiter option), followed by Kustomize's name-reference fix-up for ConfigMaps, Secrets and
 * Services. No Kustomize binary or Java implementation is available here, so this stays deliberately small: any
 * other field of a kustomization, or a patch that Kustomize would merge differently (lists of a built-in kind, JSON
 * patches), is refused rather than approximated, so the manifests cannot drift into features rendered wrongly here.
 *
 * <p>Transformers run in Kustomize's order: patches, namespace, prefix, labels, images, replacements. A component
 * adds its resources to the including kustomization's and runs its transformers on all of them, before the
 * including kustomization's own transformers.
 */
public final class Kustomize {

    private static final Set<String> SUPPORTED_FIELDS = Set.of("apiVersion", "kind", "resources", "components",
            "namespace", "namePrefix", "labels", "patches", "images", "replacements");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");

    /** A resource and the names it has had, oldest first; the last is its current name. */
    private static final class Resource {
        final ObjectNode doc;
        final List<String> names = new ArrayList<>();

        Resource(ObjectNode doc) {
            this.doc = doc;
            names.add(name(doc));
        }
    }

    private Kustomize() {
    }

    /** The documents that {@code kubectl kustomize dir} prints (in no particular order). */
    public static List<ObjectNode> build(Path dir) {
        List<Resource> accumulated = new ArrayList<>();
        accumulate(dir, load(dir, "Kustomization"), accumulated);
        return accumulated.stream().map(r -> r.doc).toList();
    }

    /** Whether the directory holds a kustomization of the given kind (Kustomization or Component). */
    public static boolean isKustomization(Path dir, String kind) {
        Path file = dir.resolve("kustomization.yaml");
        return Files.isRegularFile(file) && kind.equals(Yaml.single(file).path("kind").asText("Kustomization"));
    }

    private static ObjectNode load(Path dir, String kind) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + dir);
        }
        ObjectNode k = Yaml.single(file);
        String actual = k.path("kind").asText("Kustomization");
        if (!actual.equals(kind)) {
            throw new IllegalArgumentException(file + " is a " + actual + ", expected a " + kind);
        }
        for (Iterator<String> it = k.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!SUPPORTED_FIELDS.contains(field)) {
                throw new UnsupportedOperationException(file + ": '" + field + "' is not supported by this renderer");
            }
        }
        return k;
    }

    private static void accumulate(Path dir, ObjectNode k, List<Resource> accumulated) {
        for (String entry : strings(k, "resources")) {
            Path path = dir.resolve(entry).normalize();
            if (Files.isDirectory(path)) {
                List<Resource> sub = new ArrayList<>();
                accumulate(path, load(path, "Kustomization"), sub);
                accumulated.addAll(sub);
            } else {
                for (ObjectNode doc : Yaml.documents(withinRoot(dir, path))) {
                    accumulated.add(new Resource(doc));
                }
            }
        }
        for (String entry : strings(k, "components")) {
            Path path = dir.resolve(entry).normalize();
            accumulate(path, load(path, "Component"), accumulated);
        }
        patches(dir, k, accumulated);
        namespace(k, accumulated);
        namePrefix(k, accumulated);
        labels(k, accumulated);
        images(k, accumulated);
        replacements(k, accumulated);
        fixNameReferences(accumulated);
        requireUnique(dir, accumulated);
    }

    /** Kustomize's default load restriction: files (not kustomizations) only from within the kustomization's root. */
    private static Path withinRoot(Path root, Path file) {
        if (!file.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException(file + " is not in or below " + root);
        }
        return file;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // patches

    private static void patches(Path dir, ObjectNode k, List<Resource> resources) {
        for (JsonNode entry : k.path("patches")) {
            if (entry.has("target") || !entry.has("path")) {
                throw new UnsupportedOperationException(dir + ": only patches with a path to a strategic-merge patch");
            }
            for (ObjectNode patch : Yaml.documents(withinRoot(dir, dir.resolve(entry.get("path").asText())))) {
                String kind = patch.path("kind").asText();
                String name = patch.path("metadata").path("name").asText();
                Resource target = resources.stream()
                        .filter(r -> kind.equals(r.doc.path("kind").asText()) && name.equals(name(r.doc)))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(dir + ": no " + kind + " " + name + " to patch"));
                ObjectNode body = patch.deepCopy();
                body.remove("apiVersion");
                body.remove("kind");
                ((ObjectNode) body.path("metadata")).remove("name");
                merge(target.doc, body, isBuiltIn(target.doc), kind);
            }
        }
    }

    /** A strategic merge of maps: keys merge recursively, null deletes, lists of custom resources are replaced. */
    private static void merge(ObjectNode target, ObjectNode patch, boolean builtIn, String path) {
        patch.fields().forEachRemaining(e -> {
            JsonNode value = e.getValue();
            String at = path + "." + e.getKey();
            if (value.isNull()) {
                target.remove(e.getKey());
            } else if (value.isObject() && target.path(e.getKey()).isObject()) {
                merge((ObjectNode) target.get(e.getKey()), (ObjectNode) value, builtIn, at);
            } else if (value.isArray() && builtIn) {
                throw new UnsupportedOperationException(at + ": a strategic merge of a list of a built-in kind "
                        + "follows its merge keys, which this renderer does not implement");
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        });
    }

    private static boolean isBuiltIn(ObjectNode doc) {
        String apiVersion = doc.path("apiVersion").asText();
        return !apiVersion.contains("/") || apiVersion.startsWith("apps/") || apiVersion.contains(".k8s.io/")
                || apiVersion.startsWith("policy/") || apiVersion.startsWith("batch/");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // namespace, prefix, labels, images

    private static void namespace(ObjectNode k, List<Resource> resources) {
        if (k.hasNonNull("namespace")) {
            String namespace = k.get("namespace").asText();
            resources.forEach(r -> metadata(r.doc).put("namespace", namespace));
        }
    }

    private static void namePrefix(ObjectNode k, List<Resource> resources) {
        if (k.hasNonNull("namePrefix")) {
            String prefix = k.get("namePrefix").asText();
            for (Resource r : resources) {
                String renamed = prefix + name(r.doc);
                metadata(r.doc).put("name", renamed);
                r.names.add(renamed);
            }
        }
    }

    private static void labels(ObjectNode k, List<Resource> resources) {
        for (JsonNode entry : k.path("labels")) {
            Map<String, String> pairs = new LinkedHashMap<>();
            entry.path("pairs").fields().forEachRemaining(e -> pairs.put(e.getKey(), e.getValue().asText()));
            boolean selectors = entry.path("includeSelectors").asBoolean(false);
            boolean templates = selectors || entry.path("includeTemplates").asBoolean(false);
            for (Resource r : resources) {
                String kind = r.doc.path("kind").asText();
                addLabels(metadata(r.doc), "labels", pairs, true);
                if (WORKLOADS.contains(kind)) {
                    if (templates) {
                        addLabels(object(r.doc, "spec", "template", "metadata"), "labels", pairs, true);
                    }
                    if (selectors) {
                        addLabels(object(r.doc, "spec", "selector"), "matchLabels", pairs, true);
                    }
                } else if (selectors && kind.equals("Service")) {
                    addLabels(object(r.doc, "spec"), "selector", pairs, true);
                } else if (selectors && kind.equals("NetworkPolicy")) {
                    // Kustomize's field specs for NetworkPolicy do not create selectors that are absent.
                    addLabels(r.doc.path("spec").path("podSelector"), "matchLabels", pairs, false);
                    for (JsonNode rule : r.doc.path("spec").path("ingress")) {
                        for (JsonNode peer : rule.path("from")) {
                            addLabels(peer.path("podSelector"), "matchLabels", pairs, false);
                        }
                    }
                    for (JsonNode rule : r.doc.path("spec").path("egress")) {
                        for (JsonNode peer : rule.path("to")) {
                            addLabels(peer.path("podSelector"), "matchLabels", pairs, false);
                        }
                    }
                } else if (selectors && kind.equals("PodDisruptionBudget")) {
                    addLabels(r.doc.path("spec").path("selector"), "matchLabels", pairs, false);
                }
            }
        }
    }

    private static void addLabels(JsonNode parent, String field, Map<String, String> pairs, boolean create) {
        if (!parent.isObject()) {
            return;
        }
        ObjectNode owner = (ObjectNode) parent;
        if (!owner.has(field)) {
            if (!create) {
                return;
            }
            owner.putObject(field);
        }
        ObjectNode labels = (ObjectNode) owner.get(field);
        pairs.forEach(labels::put);
    }

    private static void images(ObjectNode k, List<Resource> resources) {
        for (JsonNode entry : k.path("images")) {
            String name = entry.path("name").asText();
            for (Resource r : resources) {
                if (!WORKLOADS.contains(r.doc.path("kind").asText())) {
                    continue;
                }
                JsonNode pod = r.doc.path("spec").path("template").path("spec");
                for (String list : List.of("initContainers", "containers")) {
                    for (JsonNode container : pod.path(list)) {
                        String image = container.path("image").asText();
                        String imageName = image.replaceFirst("[@:][^/]*$", "");
                        if (!imageName.equals(name)) {
                            continue;
                        }
                        String tag = image.substring(imageName.length());
                        String newName = entry.path("newName").asText(imageName);
                        String newTag = entry.has("newTag") ? ":" + entry.get("newTag").asText() : tag;
                        ((ObjectNode) container).put("image", newName + newTag);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // replacements

    private static void replacements(ObjectNode k, List<Resource> resources) {
        for (JsonNode replacement : k.path("replacements")) {
            JsonNode source = replacement.path("source");
            Resource from = select(resources, source).stream().findFirst().orElseThrow(
                    () -> new IllegalArgumentException("replacement source not found: " + source));
            List<JsonNode> values = new ArrayList<>();
            visit(from.doc, segments(source.path("fieldPath").asText("metadata.name")), 0, false, (parent, key) -> {
                values.add(get(parent, key));
                return get(parent, key);
            });
            if (values.size() != 1 || !values.get(0).isValueNode()) {
                throw new IllegalArgumentException("replacement source is not one scalar: " + source);
            }
            String value = slice(values.get(0).asText(), source.path("options"));
            for (JsonNode target : replacement.path("targets")) {
                if (target.has("reject")) {
                    throw new UnsupportedOperationException("replacement 'reject' is not supported");
                }
                List<Resource> selected = select(resources, target.path("select"));
                JsonNode options = target.path("options");
                boolean create = options.path("create").asBoolean(false);
                for (Resource r : selected) {
                    for (JsonNode fieldPath : target.path("fieldPaths")) {
                        visit(r.doc, segments(fieldPath.asText()), 0, create, (parent, key) -> {
                            JsonNode old = get(parent, key);
                            return new TextNode(options.has("delimiter") ? splice(old, value, options) : value);
                        });
                    }
                }
            }
        }
    }

    private static List<Resource> select(List<Resource> resources, JsonNode selector) {
        return resources.stream()
                .filter(r -> !selector.has("kind") || selector.get("kind").asText().equals(r.doc.path("kind").asText()))
                .filter(r -> !selector.has("name") || selector.get("name").asText().equals(name(r.doc)))
                .toList();
    }

    private static String slice(String value, JsonNode options) {
        if (!options.has("delimiter")) {
            return value;
        }
        String[] parts = value.split(Pattern.quote(options.get("delimiter").asText()), -1);
        return parts[options.path("index").asInt(0)];
    }

    private static String splice(JsonNode old, String value, JsonNode options) {
        if (old == null || !old.isTextual()) {
            throw new IllegalArgumentException("a delimited replacement needs a string target, found " + old);
        }
        String delimiter = options.get("delimiter").asText();
        String[] parts = old.asText().split(Pattern.quote(delimiter), -1);
        int index = options.path("index").asInt(0);
        if (index < 0 || index >= parts.length) {
            throw new IllegalArgumentException("index " + index + " out of range in '" + old.asText() + "'");
        }
        parts[index] = value;
        return String.join(delimiter, parts);
    }

    /** Path segments: keys, list indexes, {@code *} (every list element) and {@code [key=value]} (matching elements). */
    private static List<String> segments(String fieldPath) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : fieldPath.toCharArray()) {
            if (c == '.' && depth == 0) {
                segments.add(current.toString());
                current.setLength(0);
            } else {
                depth += c == '[' ? 1 : c == ']' ? -1 : 0;
                current.append(c);
            }
        }
        segments.add(current.toString());
        return segments;
    }

    private interface Setter {
        JsonNode apply(JsonNode parent, String key);
    }

    private static void visit(JsonNode node, List<String> segments, int i, boolean create, Setter setter) {
        String segment = segments.get(i);
        boolean last = i == segments.size() - 1;
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            List<Integer> indexes = new ArrayList<>();
            if (segment.equals("*")) {
                for (int j = 0; j < array.size(); j++) {
                    indexes.add(j);
                }
            } else if (segment.startsWith("[") && segment.endsWith("]")) {
                String[] kv = segment.substring(1, segment.length() - 1).split("=", 2);
                for (int j = 0; j < array.size(); j++) {
                    if (kv[1].equals(array.get(j).path(kv[0]).asText(null))) {
                        indexes.add(j);
                    }
                }
                if (indexes.isEmpty()) {
                    throw new IllegalArgumentException("no list element matches " + segment + " in " + segments);
                }
            } else if (segment.matches("\\d+") && Integer.parseInt(segment) < array.size()) {
                indexes.add(Integer.parseInt(segment));
            } else {
                throw new IllegalArgumentException("cannot find " + segment + " of " + segments);
            }
            for (int j : indexes) {
                if (last) {
                    array.set(j, setter.apply(array, String.valueOf(j)));
                } else {
                    visit(array.get(j), segments, i + 1, create, setter);
                }
            }
        } else if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (last) {
                if (!object.has(segment) && !create) {
                    throw new IllegalArgumentException("cannot find " + segment + " of " + segments);
                }
                object.set(segment, setter.apply(object, segment));
            } else {
                if (!object.has(segment)) {
                    if (!create) {
                        throw new IllegalArgumentException("cannot find " + segment + " of " + segments);
                    }
                    object.putObject(segment);
                }
                visit(object.get(segment), segments, i + 1, create, setter);
            }
        } else {
            throw new IllegalArgumentException("cannot descend into a scalar at " + segment + " of " + segments);
        }
    }

    private static JsonNode get(JsonNode parent, String key) {
        return parent.isArray() ? parent.get(Integer.parseInt(key)) : parent.get(key);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // name references

    /** After a rename, references to a renamed ConfigMap, Secret or Service follow it, as Kustomize's do. */
    private static void fixNameReferences(List<Resource> resources) {
        Map<String, Map<String, String>> renamed = new HashMap<>();
        for (Resource r : resources) {
            String current = r.names.get(r.names.size() - 1);
            for (String earlier : r.names) {
                renamed.computeIfAbsent(r.doc.path("kind").asText(), x -> new HashMap<>()).put(earlier, current);
            }
        }
        for (Resource r : resources) {
            String kind = r.doc.path("kind").asText();
            if (WORKLOADS.contains(kind)) {
                JsonNode pod = r.doc.path("spec").path("template").path("spec");
                for (String list : List.of("initContainers", "containers")) {
                    for (JsonNode container : pod.path(list)) {
                        for (JsonNode from : container.path("envFrom")) {
                            rename(from.path("configMapRef"), "name", renamed.get("ConfigMap"));
                            rename(from.path("secretRef"), "name", renamed.get("Secret"));
                        }
                        for (JsonNode env : container.path("env")) {
                            rename(env.path("valueFrom").path("configMapKeyRef"), "name", renamed.get("ConfigMap"));
                            rename(env.path("valueFrom").path("secretKeyRef"), "name", renamed.get("Secret"));
                        }
                    }
                }
                for (JsonNode volume : pod.path("volumes")) {
                    rename(volume.path("configMap"), "name", renamed.get("ConfigMap"));
                    rename(volume.path("secret"), "secretName", renamed.get("Secret"));
                }
            } else if (kind.equals("Ingress")) {
                rename(r.doc.path("spec").path("defaultBackend").path("service"), "name", renamed.get("Service"));
                for (JsonNode rule : r.doc.path("spec").path("rules")) {
                    for (JsonNode path : rule.path("http").path("paths")) {
                        rename(path.path("backend").path("service"), "name", renamed.get("Service"));
                    }
                }
            }
        }
    }

    private static void rename(JsonNode owner, String field, Map<String, String> renamed) {
        if (renamed != null && owner.isObject() && owner.has(field) && renamed.containsKey(owner.get(field).asText())) {
            ((ObjectNode) owner).put(field, renamed.get(owner.get(field).asText()));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static void requireUnique(Path dir, List<Resource> resources) {
        Set<String> ids = new HashSet<>();
        for (Resource r : resources) {
            String id = r.doc.path("kind").asText() + " " + r.doc.path("metadata").path("namespace").asText("")
                    + "/" + name(r.doc);
            if (!ids.add(id)) {
                throw new IllegalArgumentException(dir + ": two resources are " + id);
            }
        }
    }

    private static List<String> strings(ObjectNode k, String field) {
        List<String> values = new ArrayList<>();
        k.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }

    static String name(ObjectNode doc) {
        return doc.path("metadata").path("name").asText();
    }

    private static ObjectNode metadata(ObjectNode doc) {
        return object(doc, "metadata");
    }

    private static ObjectNode object(ObjectNode root, String... path) {
        ObjectNode node = root;
        for (String field : path) {
            if (!node.path(field).isObject()) {
                node.putObject(field);
            }
            node = (ObjectNode) node.get(field);
        }
        return node;
    }
}
