package se.klossnet.call.application;

/** The stable codes of the eligibility rules. Clients may rely on them; the messages are for people. */
public enum EligibilityCode {
    CALL_NOT_OPEN,
    STAFF_CATEGORY_NOT_ELIGIBLE,
    EXTENT_OUT_OF_RANGE,
    DURATION_OUT_OF_RANGE,
    BUDGET_OVER_MAX_GRANT,
    ORGANISATION_NUMBER_REQUIRED,
    ORGANISATION_NUMBER_INVALID,
    FOREIGN_ID_REQUIRED,
    ALLIANCE_DETAILS_MISSING,
    ALLIANCE_TOO_FEW_ORGANISATIONS,
    ALLIANCE_TOO_FEW_COUNTRIES,
    ALLIANCE_TOO_FEW_HEIS,
    ALLIANCE_TOO_FEW_ENTERPRISES,
    ALLIANCE_DURATION
}
