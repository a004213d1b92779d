package se.klossnet.platform.privacy;

import java.util.Optional;

/**
 * What one service holds about a person, as far as answering the node's privacy requests needs it. Each service
 * that holds personal data implements it over its own tables; {@link PrivacyRequestAnswerer} does the rest.
 */
public interface PersonalData {

    /** Everything the service holds about the person, as stored; its count is announced in PersonExportPartReady. */
    PersonalRows export(String person);

    /**
     * The name of the first retention rule that keeps the service from erasing the person today, or empty when
     * erasure may go ahead. A service with no such rule keeps this default.
     */
    default Optional<String> holdingRule(String person) {
        return Optional.empty();
    }

    /** Anonymises the person's personal fields; returns how many rows changed. Runs in the caller's transaction. */
    int erase(String person);
}
