package io.aisle.recommend.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads S3-Rec's Beauty.txt: one user per line, {@code user item item ...}, items in time order. */
final class BeautyData {

    private BeautyData() {
    }

    /** One item sequence per user; item ids are already dense 1..12101 in this file. */
    static List<int[]> read(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("Amazon Beauty not found at " + file.toAbsolutePath()
                    + ": download data/Beauty.txt from the GitHub repository RUCAIBox/CIKM2020-S3Rec"
                    + " (see /work/shared/data/recs/README.md) and pass its path with -Dbench.beauty=PATH");
        }
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> !line.isBlank())
                    .map(line -> Arrays.stream(line.trim().split("\\s+")).skip(1).mapToInt(Integer::parseInt).toArray())
                    .toList();
        }
    }
}
