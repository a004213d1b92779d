package se.klossnet.exchange.cost;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import se.klossnet.platform.scope.InstitutionOwned;

/** A programme's accounts, cost centre and project code: what a cost is booked on unless it says otherwise. */
@Entity
@Table(name = "booking_defaults")
public class BookingDefaults implements InstitutionOwned {

    /** The institution and the programme. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "institution")
        private String institution;

        @Column(name = "programme_id")
        private String programmeId;

        protected Key() {
            // for JPA
        }

        Key(String institution, String programmeId) {
            this.institution = institution;
            this.programmeId = programmeId;
        }

        public String institution() {
            return institution;
        }

        public String programmeId() {
            return programmeId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && institution.equals(k.institution) && programmeId.equals(k.programmeId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(institution, programmeId);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "salary_account", nullable = false)
    private String salaryAccount;

    @Column(name = "travel_account", nullable = false)
    private String travelAccount;

    @Column(name = "host_compensation_account", nullable = false)
    private String hostCompensationAccount;

    @Column(name = "other_account", nullable = false)
    private String otherAccount;

    @Column(name = "cost_centre", nullable = false)
    private String costCentre;

    @Column(name = "project_code", nullable = false)
    private String projectCode;

    @Version
    private long version;

    protected BookingDefaults() {
        // for JPA
    }

    static BookingDefaults of(String institution, String programmeId) {
        BookingDefaults d = new BookingDefaults();
        d.key = new Key(institution, programmeId);
        return d;
    }

    void set(String salaryAccount, String travelAccount, String hostCompensationAccount, String otherAccount,
             String costCentre, String projectCode) {
        this.salaryAccount = salaryAccount;
        this.travelAccount = travelAccount;
        this.hostCompensationAccount = hostCompensationAccount;
        this.otherAccount = otherAccount;
        this.costCentre = costCentre;
        this.projectCode = projectCode;
    }

    String accountFor(CostType type) {
        return switch (type) {
            case SALARY -> salaryAccount;
            case TRAVEL -> travelAccount;
            case HOST_COMPENSATION -> hostCompensationAccount;
            case OTHER -> otherAccount;
        };
    }

    @Override
    public String institution() {
        return key.institution();
    }

    public String programmeId() {
        return key.programmeId();
    }

    public String salaryAccount() {
        return salaryAccount;
    }

    public String travelAccount() {
        return travelAccount;
    }

    public String hostCompensationAccount() {
        return hostCompensationAccount;
    }

    public String otherAccount() {
        return otherAccount;
    }

    public String costCentre() {
        return costCentre;
    }

    public String projectCode() {
        return projectCode;
    }

    public long version() {
        return version;
    }
}
