package se.klossnet.followup.logbook;

import java.util.regex.Pattern;

/** Words as a reader counts them: runs of non-space characters, in any script. */
final class WordCount {

    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private WordCount() {
    }

    static int of(String text) {
        if (text == null) {
            return 0;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : SPACE.split(stripped).length;
    }
}
