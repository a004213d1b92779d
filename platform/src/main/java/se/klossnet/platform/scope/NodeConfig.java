package se.klossnet.platform.scope;

import io.smallrye.config.ConfigMapping;
import java.util.Set;

/** Which institutions this node serves. One node per institution, or several small ones in hosted mode. */
@ConfigMapping(prefix = "kloss.node")
public interface NodeConfig {

    /** Institution ids served here, e.g. {@code kth} or {@code kth,mau}. */
    Set<String> institutions();
}
