package se.klossnet.exchange.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How documents name the institutions this node serves: {@code kloss.profiles.<id>.name} and
 * {@code kloss.profiles.<id>.organisation-number}. An institution without a profile is called by its id.
 */
@ConfigMapping(prefix = "kloss.profiles")
public interface InstitutionProfiles {

    @WithParentName
    Map<String, Profile> institutions();

    interface Profile {
        /** The full name, e.g. "Kungliga Tekniska högskolan". */
        String name();

        /** The institution's own organisationsnummer, written into the SIE file's #ORGNR. */
        Optional<String> organisationNumber();
    }

    default String nameOf(String institution) {
        Profile profile = institutions().get(institution);
        return profile == null ? institution.toUpperCase(Locale.ROOT) : profile.name();
    }

    default Optional<String> organisationNumberOf(String institution) {
        Profile profile = institutions().get(institution);
        return profile == null ? Optional.empty() : profile.organisationNumber();
    }
}
