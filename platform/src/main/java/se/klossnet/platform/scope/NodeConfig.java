package se.klossnet.platform.scope;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Which institutions this node serves. One node per institution, or several small ones in hosted mode. */
@ConfigMapping(prefix = "kloss.node")
public interface NodeConfig {

    /** Institution ids served here, e.g. {@code kth} or {@code kth,mau}. */
    Set<String> institutions();

    /**
     * The node's name in the network (its Kafka principal is {@code node-<id>} and its consumer groups start with
     * {@code <id>.}). Defaults to the served institutions joined by '-'.
     */
    Optional<String> id();

    default String nodeId() {
        return id().orElseGet(() -> String.join("-", new TreeSet<>(institutions())));
    }
}
