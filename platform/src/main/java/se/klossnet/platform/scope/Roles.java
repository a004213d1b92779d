package se.klossnet.platform.scope;

/** The realm roles of deploy/keycloak/kloss-realm.json, for {@code @RolesAllowed}. See the role table in the README. */
public final class Roles {

    public static final String COORDINATOR = "coordinator";
    public static final String REVIEWER = "reviewer";
    public static final String MANAGER = "manager";
    public static final String STAFF = "staff";
    public static final String FINANCE = "finance";
    public static final String HR = "hr";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";
    public static final String PRIVACY = "privacy";

    private Roles() {
    }
}
