package se.klossnet.followup.dissemination;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DisseminationPlanRepository implements PanacheRepositoryBase<DisseminationPlan, String> {
}
