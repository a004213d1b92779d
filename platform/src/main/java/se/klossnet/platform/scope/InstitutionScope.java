package se.klossnet.platform.scope;

import se.klossnet.platform.problem.ResourceNotFound;

/**
 * The one check that an object belongs to the institution acting on it. Another institution's object is reported
 * exactly like a missing one (404), so that ids reveal nothing about what exists elsewhere.
 */
public final class InstitutionScope {

    private InstitutionScope() {
    }

    /**
     * @return {@code object} when it belongs to {@code institution}
     * @throws ResourceNotFound when it is null or belongs to another institution
     */
    public static <T extends InstitutionOwned> T requireOwn(T object, String institution, String what, Object id) {
        if (object == null || institution == null || !institution.equals(object.institution())) {
            throw new ResourceNotFound(what, id);
        }
        return object;
    }
}
