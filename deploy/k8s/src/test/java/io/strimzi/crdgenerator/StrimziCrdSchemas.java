package io.strimzi.crdgenerator;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.CustomResource;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Generates a Strimzi CRD from Strimzi's own API classes with Strimzi's own CRD generator, the way Strimzi builds the
 * CRDs it releases. It sits in the generator's package because {@code CrdGenerator} is package-private (its command
 * line ends with {@code System.exit}).
 */
public final class StrimziCrdSchemas {

    private StrimziCrdSchemas() {
    }

    /** The CustomResourceDefinition of {@code type} for the given served API version, e.g. {@code v1}. */
    public static JsonNode crd(Class<? extends CustomResource<?, ?>> type, String version) {
        ApiVersion apiVersion = ApiVersion.parse(version);
        StringBuilder errors = new StringBuilder();
        CrdGenerator generator = new CrdGenerator(KubeVersion.V1_16_PLUS, ApiVersion.V1, CrdGenerator.YAML_MAPPER,
                Map.of(), message -> errors.append(message).append('\n'), List.of(apiVersion), apiVersion,
                VersionRange.all(), new CrdGenerator.NoneConversionStrategy(), VersionRange.all());
        StringWriter out = new StringWriter();
        try {
            int failures = generator.generate(type, out);
            if (failures != 0) {
                throw new IllegalStateException("Strimzi's CRD generator reported errors for " + type + ":\n" + errors);
            }
            return CrdGenerator.YAML_MAPPER.readTree(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
