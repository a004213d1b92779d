package se.klossnet.events.followup;

/** The outcome types that the follow-up of KLOSS AkUt and PAUS measured. */
public enum OutcomeType {
    COURSE_CONTENT,
    STUDENT_THESIS_OR_PROJECT,
    JOINT_PROJECT_OR_APPLICATION,
    JOINT_PUBLICATION,
    COLLABORATION_AGREEMENT,
    RECRUITMENT,
    INNOVATION_OR_IP,
    CONTINUED_COLLABORATION,
    PROGRAMME_ADOPTED
}
