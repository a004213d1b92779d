package se.klossnet.call.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import se.klossnet.call.person.CallerPerson;
import se.klossnet.platform.problem.AccessDenied;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.scope.InstitutionScope;
import se.klossnet.platform.scope.Roles;

/**
 * Who may see and act on an application. The applicant sees and changes their own; coordinators and managers of
 * the institution read submitted ones. Anyone else is told it does not exist (404), as for another institution's.
 */
@ApplicationScoped
public class ApplicationAccess {

    private final ApplicationRepository applications;
    private final CallerPerson person;

    public ApplicationAccess(ApplicationRepository applications, CallerPerson person) {
        this.applications = applications;
        this.person = person;
    }

    /** Whether the caller oversees the institution's submitted applications. */
    public boolean overseer() {
        return person.hasRole(Roles.COORDINATOR) || person.hasRole(Roles.MANAGER);
    }

    /** An application the caller may read. */
    public Application readable(String institution, UUID id) {
        Application application = InstitutionScope.requireOwn(applications.findById(id), institution, "application", id);
        if (!isApplicant(application) && !(overseer() && application.status() != ApplicationStatus.DRAFT)) {
            throw new ResourceNotFound("application", id);
        }
        return application;
    }

    /** An application the caller applied with: only the applicant drafts, submits and withdraws. */
    public Application ownedByCaller(String institution, UUID id) {
        Application application = readable(institution, id);
        if (!isApplicant(application)) {
            throw new AccessDenied("only the applicant may change application " + id);
        }
        return application;
    }

    private boolean isApplicant(Application application) {
        Optional<String> me = person.existingPseudonym();
        return me.isPresent() && me.get().equals(application.applicantPseudonym());
    }
}
