package se.klossnet.events.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** How a contract directory differs from what the generator makes now, one line per file. */
final class ContractDiff {

    private ContractDiff() {
    }

    static List<String> between(Map<String, String> generated, Path directory) throws IOException {
        Map<String, String> committed = read(directory);
        List<String> differences = new ArrayList<>();
        generated.forEach((file, content) -> {
            String existing = committed.get(file);
            if (existing == null) {
                differences.add("missing: " + file);
            } else if (!ContractGenerator.withUnixLineEnds(existing).equals(content)) {
                differences.add("differs: " + file + " " + firstDifference(existing, content));
            }
        });
        committed.keySet().stream().filter(file -> !generated.containsKey(file))
                .forEach(file -> differences.add("extra:   " + file));
        return differences;
    }

    /** Every regular file under the directory by its relative path with {@code /} as separator. */
    static SortedMap<String, String> read(Path directory) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = directory.relativize(path).toString().replace('\\', '/');
                files.put(relative, Files.readString(path));
            }
        }
        return files;
    }

    private static String firstDifference(String committed, String generated) {
        String[] before = ContractGenerator.withUnixLineEnds(committed).split("\n", -1);
        String[] after = generated.split("\n", -1);
        for (int line = 0; line < Math.max(before.length, after.length); line++) {
            String was = line < before.length ? before[line] : "<end of file>";
            String now = line < after.length ? after[line] : "<end of file>";
            if (!was.equals(now)) {
                return "(line " + (line + 1) + ": committed `" + was.strip() + "`, generated `" + now.strip() + "`)";
            }
        }
        return "";
    }
}
