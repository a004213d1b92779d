package se.klossnet.system;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * The body of an application to a call, as the system tests send it: complete and valid (a teacher at Saab AB, 20 %
 * from 2027-09-01 to 2028-02-29, a budget and a dissemination plan), with the free texts each test chooses, since
 * some look for them afterwards (on the topics, in the databases, in an export).
 */
public final class ApplicationBodies {

    /** The purpose most tests give. */
    public static final String PURPOSE = "Develop a course module with industry cases.";

    private static final String TEMPLATE = """
            {"staffCategory": "TEACHER",
             "host": {"name": "Saab AB", "organisationNumber": "556036-0793", "sector": "BUSINESS", "country": "SE", "region": "01"},
             "plannedStart": "2027-09-01", "plannedEnd": "2028-02-29", "extentPercent": 20,
             "budget": {"salarySek": 80000, "travelSek": 12000, "otherSek": 4000},
             "purpose": "%s",
             "mutualValue": "%s",
             "studentInvolvement": "%s",
             "disseminationPlan": {
               "expectedResult": {"text": "A course module.", "topics": ["course-module"]},
               "learningNeeds": {"text": "Industrial practice.", "topics": []},
               "users": {"text": "Master's students.", "topics": ["master-students"]},
               "activities": {"text": "A seminar series.", "topics": ["seminar-series"]},
               "resources": {"text": "Six months at 20 percent.", "topics": []},
               "sustainability": {"text": "Enters the syllabus.", "topics": ["syllabus"]}},
             "alliance": null}
            """;

    private ApplicationBodies() {
    }

    /** The application as JSON, with these texts (escaped as JSON strings). */
    public static String of(String purpose, String mutualValue, String studentInvolvement) {
        return TEMPLATE.formatted(escaped(purpose), escaped(mutualValue), escaped(studentInvolvement));
    }

    private static String escaped(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }
}
