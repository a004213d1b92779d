package se.klossnet.exchange.host;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import se.klossnet.events.HostSector;

@ApplicationScoped
public class HostOrganisationRepository implements PanacheRepositoryBase<HostOrganisation, UUID> {

    Optional<HostOrganisation> byNumber(String institution, String organisationNumber) {
        return find("institution = ?1 and organisationNumber = ?2", institution, organisationNumber).firstResultOptional();
    }

    PanacheQuery<HostOrganisation> search(String institution, HostSector sector, String region, String country) {
        StringBuilder query = new StringBuilder("institution = :institution");
        Parameters parameters = Parameters.with("institution", institution);
        if (sector != null) {
            query.append(" and sector = :sector");
            parameters.and("sector", sector);
        }
        if (region != null) {
            query.append(" and region = :region");
            parameters.and("region", region);
        }
        if (country != null) {
            query.append(" and country = :country");
            parameters.and("country", country);
        }
        return find(query.toString(), Sort.ascending("name").and("id"), parameters);
    }
}
