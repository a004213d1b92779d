package se.klossnet.reporting.register;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Optional;

/**
 * Members beyond the seeded ones, e.g.
 * <pre>
 * kloss.reporting.register.members.hkv.name-sv=Högskolan i Kvarnby
 * kloss.reporting.register.members.hkv.name-en=Kvarnby University College
 * kloss.reporting.register.members.hkv.region=12
 * </pre>
 * A configured entry for a seeded id replaces its names and region.
 */
@ConfigMapping(prefix = "kloss.reporting.register")
public interface RegisterConfig {

    /** Additional members by their short id ({@code [a-z][a-z0-9]{1,15}}). */
    Map<String, Member> members();

    interface Member {
        /** The Swedish name. */
        String nameSv();

        /** The English name; the Swedish one when not given. */
        Optional<String> nameEn();

        /** The region (län) code of the seat, e.g. {@code 01}. */
        Optional<String> region();
    }
}
