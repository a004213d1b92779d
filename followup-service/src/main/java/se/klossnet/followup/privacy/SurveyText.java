package se.klossnet.followup.privacy;

import se.klossnet.platform.privacy.Erased;

/**
 * Survey answers are a JSON object of question key to answer: numbers (scales, which are also kept as scores) and
 * strings (free text and choices). Erasing the free text replaces every string answer; the scores column is untouched.
 */
final class SurveyText {

    /** A SQL expression over {@code answers} that keeps numbers and replaces strings. */
    static final String ERASE_TEXT_ANSWERS = "COALESCE((SELECT jsonb_object_agg(key, CASE WHEN jsonb_typeof(value) = "
            + "'string' THEN to_jsonb('" + Erased.TEXT + "'::text) ELSE value END) FROM jsonb_each(answers)), '{}'::jsonb)";

    /** Whether a response still holds text that is not yet erased. */
    static final String HAS_TEXT = "EXISTS (SELECT 1 FROM jsonb_each(answers) WHERE jsonb_typeof(value) = 'string' "
            + "AND value <> to_jsonb('" + Erased.TEXT + "'::text))";

    private SurveyText() {
    }
}
