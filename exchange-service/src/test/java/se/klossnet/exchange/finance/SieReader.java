package se.klossnet.exchange.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent reader of SIE 4 files for the tests: it tokenises each line the way the specification says
 * (fields separated by spaces, quoted fields with backslash escapes, object lists in braces) and collects the
 * records, so that a test can check the structure without trusting the writer.
 */
final class SieReader {

    record Record(String label, List<String> fields) {
    }

    record Trans(String account, Map<String, String> objects, BigDecimal amount) {
    }

    record Ver(String series, String number, String date, String text, List<Trans> transactions) {
    }

    private final List<Record> header = new ArrayList<>();
    private final List<Ver> vouchers = new ArrayList<>();

    List<Record> header() {
        return header;
    }

    List<Ver> vouchers() {
        return vouchers;
    }

    static SieReader read(String text) {
        SieReader reader = new SieReader();
        String[] lines = text.split("\r\n", -1);
        if (!lines[lines.length - 1].isEmpty()) {
            throw new IllegalStateException("the last line does not end with CR LF");
        }
        Ver open = null;
        boolean inBlock = false;
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i].strip();
            if (line.contains("\n") || line.contains("\r")) {
                throw new IllegalStateException("line " + (i + 1) + " has a bare line break");
            }
            if (line.equals("{")) {
                if (open == null || inBlock) {
                    throw new IllegalStateException("line " + (i + 1) + ": '{' without #VER");
                }
                inBlock = true;
                continue;
            }
            if (line.equals("}")) {
                if (!inBlock) {
                    throw new IllegalStateException("line " + (i + 1) + ": '}' without '{'");
                }
                reader.vouchers.add(open);
                open = null;
                inBlock = false;
                continue;
            }
            List<String> tokens = tokens(line);
            String label = tokens.get(0);
            List<String> fields = tokens.subList(1, tokens.size());
            if (label.equals("#VER")) {
                open = new Ver(fields.get(0), fields.get(1), fields.get(2), fields.get(3), new ArrayList<>());
            } else if (label.equals("#TRANS")) {
                if (!inBlock) {
                    throw new IllegalStateException("line " + (i + 1) + ": #TRANS outside a voucher");
                }
                open.transactions().add(new Trans(fields.get(0), objects(fields.get(1)), new BigDecimal(fields.get(2))));
            } else {
                if (open != null) {
                    throw new IllegalStateException("line " + (i + 1) + ": " + label + " inside a voucher");
                }
                reader.header.add(new Record(label, List.copyOf(fields)));
            }
        }
        if (open != null || inBlock) {
            throw new IllegalStateException("the file ends inside a voucher");
        }
        return reader;
    }

    List<Record> all(String label) {
        return header.stream().filter(r -> r.label().equals(label)).toList();
    }

    /** Fields of a line: bare words, "quoted \" strings", and {object lists} kept whole. */
    static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '"') {
                StringBuilder token = new StringBuilder();
                i++;
                while (line.charAt(i) != '"') {
                    if (line.charAt(i) == '\\') {
                        i++;
                    }
                    token.append(line.charAt(i++));
                }
                i++;
                tokens.add(token.toString());
            } else if (c == '{') {
                int end = line.indexOf('}', i);
                tokens.add(line.substring(i, end + 1));
                i = end + 1;
            } else {
                int end = i;
                while (end < line.length() && line.charAt(end) != ' ') {
                    end++;
                }
                tokens.add(line.substring(i, end));
                i = end;
            }
        }
        return tokens;
    }

    private static Map<String, String> objects(String list) {
        if (!list.startsWith("{") || !list.endsWith("}")) {
            throw new IllegalStateException("not an object list: " + list);
        }
        List<String> parts = tokens(list.substring(1, list.length() - 1));
        Map<String, String> objects = new LinkedHashMap<>();
        for (int i = 0; i + 1 < parts.size(); i += 2) {
            objects.put(parts.get(i), parts.get(i + 1));
        }
        return objects;
    }
}
