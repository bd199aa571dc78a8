package io.aisle.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One benchmark's section of docs/benchmarks.md: what was run, when, on what, and the figures.
 * The section sits between {@code <!-- bench:NAME -->} and {@code <!-- /bench:NAME -->}; writing it
 * again replaces it, so each benchmark keeps its latest figures and leaves the others alone.
 */
public final class BenchmarkReport {

    static final Path FILE = Path.of("docs", "benchmarks.md");
    static final String COMMAND = "bash deploy/local/bench.sh";

    private static final String HEADER = """
            # Benchmarks

            Run them with `bash deploy/local/bench.sh` (that is `mvn -B verify -Pbenchmark` against the database \
            `aisle_bench`, which they wipe); each benchmark rewrites only its own section below. The absolute \
            numbers come from a shared 2-core machine and move with whatever else runs on it: compare the ratios \
            measured side by side in one run, not absolute figures between runs.
            """;

    private final String name;
    private final String title;
    private final String command;
    private final ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
    private final String loadAtStart = loadAverage();
    private final StringBuilder body = new StringBuilder();

    private BenchmarkReport(String name, String title, String command) {
        this.name = name;
        this.title = title;
        this.command = command;
    }

    /**
     * Starts a section; call it before measuring, so the load average it records is the one the
     * benchmark started under.
     *
     * @param extraArgs what was passed on top of the plain command (e.g. {@code -Dbench.events=1000}), or ""
     */
    public static BenchmarkReport start(String name, String title, Class<?> benchmark, String extraArgs) {
        String command = "`" + COMMAND + (extraArgs.isBlank() ? "" : " " + extraArgs.strip()) + "`"
                + " (test class " + benchmark.getName() + ")";
        return new BenchmarkReport(name, title, command);
    }

    public BenchmarkReport paragraph(String text) {
        body.append(text.strip()).append("\n\n");
        return this;
    }

    public BenchmarkReport bullets(List<String> items) {
        items.forEach(item -> body.append("- ").append(item).append('\n'));
        body.append('\n');
        return this;
    }

    /** A Markdown table; columns after the first are right-aligned (they hold numbers). */
    public BenchmarkReport table(List<String> header, List<List<String>> rows) {
        body.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.size(); i++) {
            body.append(i == 0 ? "---|" : "---:|");
        }
        body.append('\n');
        for (List<String> row : rows) {
            body.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        body.append('\n');
        return this;
    }

    /** Prints the section to stdout and puts it into docs/benchmarks.md; {@code dataSource} may be null. */
    public String write(DataSource dataSource) {
        String section = render(postgresVersion(dataSource));
        System.out.println();
        System.out.println(section);
        try {
            writeSection(FILE, name, section);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + FILE.toAbsolutePath(), e);
        }
        return section;
    }

    private String render(String postgres) {
        Runtime.Version java = Runtime.version();
        String cpu = cpuModel().map(m -> " (" + m + ")").orElse("");
        return "<!-- bench:" + name + " -->\n"
                + "## " + title + "\n\n"
                + "- Command: " + command + "\n"
                + "- Date: " + started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")) + "\n"
                + "- Machine: " + Runtime.getRuntime().availableProcessors() + " cores" + cpu
                + ", load average at start " + loadAtStart + "\n"
                + "- Java " + java + " (" + System.getProperty("java.vm.name") + ", "
                + System.getProperty("java.vm.vendor") + "), max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB\n"
                + "- " + postgres + "\n\n"
                + body.toString().stripTrailing() + "\n"
                + "<!-- /bench:" + name + " -->\n";
    }

    static synchronized void writeSection(Path file, String name, String section) throws IOException {
        String begin = "<!-- bench:" + name + " -->";
        String end = "<!-- /bench:" + name + " -->";
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : HEADER;
        int from = text.indexOf(begin);
        int to = from < 0 ? -1 : text.indexOf(end, from);
        String updated;
        if (from >= 0 && to >= 0) {
            int after = to + end.length();
            if (after < text.length() && text.charAt(after) == '\n') {
                after++;
            }
            updated = text.substring(0, from) + section + text.substring(after);
        } else {
            String base = text.stripTrailing();
            updated = base + "\n\n" + section;
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".benchmarks", ".md");
        Files.writeString(tmp, updated, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String postgresVersion(DataSource dataSource) {
        if (dataSource == null) {
            return "PostgreSQL: not used by this benchmark";
        }
        try (Connection connection = dataSource.getConnection();
             Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("select version()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("select version()", e);
        }
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return f[0] + " / " + f[1] + " / " + f[2] + " (1/5/15 min)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    // ---- number formatting shared by the benchmarks

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }
}
