package se.klossnet.platform.testapp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.UUID;
import se.klossnet.platform.scope.InstitutionOwned;

/** A minimal institution-owned, versioned entity that exercises the platform in tests. */
@Entity
public class Note extends PanacheEntityBase implements InstitutionOwned {
    @Id
    public UUID id;
    public String institution;
    public String title;
    public BigDecimal amount;
    @Version
    public long version;

    @Override
    public String institution() {
        return institution;
    }
}
