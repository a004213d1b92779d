package se.klossnet.events;

import java.util.regex.Pattern;

/** The topic naming rule of the network. Topics are versioned; a breaking change gets a {@code .v2} topic. */
public final class Topics {

    /** Institution ids are short lower-case codes such as {@code kth}, {@code mau}, {@code lu}. */
    public static final Pattern INSTITUTION_ID = Pattern.compile("[a-z][a-z0-9]{1,15}");

    /** Matches every institution's domain topics, for the national hub's pattern subscription. */
    public static final Pattern ALL_DOMAIN_TOPICS = Pattern.compile("kloss\\.[a-z][a-z0-9]{1,15}\\.(call|exchange|followup)\\.v1");

    public static final String VERSION_SUFFIX = ".v1";
    public static final String DEAD_LETTER_SUFFIX = ".dlq";
    public static final String INSTITUTION_PARAMETER = "institution";

    private Topics() {
    }

    public static String of(String institution, EventDomain domain) {
        requireInstitutionId(institution);
        return "kloss." + institution + "." + domain.topicSegment() + VERSION_SUFFIX;
    }

    /** The topic name with the institution as the AsyncAPI channel parameter, e.g. {@code kloss.{institution}.call.v1}. */
    public static String addressTemplate(EventDomain domain) {
        return "kloss.{" + INSTITUTION_PARAMETER + "}." + domain.topicSegment() + VERSION_SUFFIX;
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    public static String requireInstitutionId(String institution) {
        if (institution == null || !INSTITUTION_ID.matcher(institution).matches()) {
            throw new IllegalArgumentException("institution id must match " + INSTITUTION_ID.pattern() + " but was " + institution);
        }
        return institution;
    }
}
