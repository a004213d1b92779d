package se.klossnet.followup.pseudonym;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * This service's pseudonymous person ids. A person (the token's {@code preferred_username} at an institution) gets a
 * random id the first time the service meets them, and keeps it: {@code psn-} and a random UUID (122 random bits
 * from {@link java.security.SecureRandom}), never derived from the name, so it reveals nothing about the person.
 *
 * <p>Each service keeps its own mapping until issue 10 gives one pseudonym per person and node. The scheme is the
 * call-service's, whose applicant pseudonyms the exchange events carry on as {@code participantPseudonym}, so once
 * the mapping is shared the pseudonym in an exchange event and the one here are the same string and match directly.
 */
@ApplicationScoped
public class Pseudonyms {

    /** The scheme of the pseudonyms in the call events, which the exchange events pass on: {@code psn-<uuid>}. */
    static final String PREFIX = "psn-";

    private static final String INSERT = """
            INSERT INTO pseudonym (institution, username, pseudonym) VALUES (?, ?, ?)
            ON CONFLICT (institution, username) DO NOTHING
            """;
    private static final String SELECT = "SELECT pseudonym FROM pseudonym WHERE institution = ? AND username = ?";

    private final AgroalDataSource dataSource;

    public Pseudonyms(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The pseudonym of {@code username} at {@code institution}, created on first use. */
    @Transactional
    public String of(String institution, String username) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, institution);
                insert.setString(2, username);
                insert.setString(3, PREFIX + UUID.randomUUID());
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setString(1, institution);
                select.setString(2, username);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("pseudonym vanished after insert");
                    }
                    return row.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up a pseudonym", e);
        }
    }
}
