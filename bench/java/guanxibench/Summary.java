package guanxibench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one run's results (wrk's WRKRESULT lines for the application, pgbench's per-transaction logs
 * for raw SQL) and prints a Markdown summary: per scenario and connection count the application's
 * and raw SQL's p50/p99/throughput/errors and their ratios, page 1 vs page 10,000, and the goals.
 *
 * <pre>java -cp CLASSES guanxibench.Summary RESULTS_DIR SCENARIOS_TSV</pre>
 */
public final class Summary {

    record Measure(long count, double seconds, double p50, double p99, double throughput, long errors) {
    }

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        List<String[]> scenarios = Files.readAllLines(Path.of(args[1])).stream().map(l -> l.split("\t")).toList();
        int[] connections = java.util.Arrays.stream((args.length > 2 ? args[2] : "8 50").trim().split("\\s+"))
                .mapToInt(Integer::parseInt).toArray();
        Map<String, Measure> app = new LinkedHashMap<>();
        Map<String, Measure> raw = new LinkedHashMap<>();
        StringBuilder md = new StringBuilder();
        StringBuilder tsv = new StringBuilder("scenario\tconnections\tside\tcount\tseconds\tp50_ms\tp99_ms\tper_second\terrors\n");
        md.append("| scenario | conn | app p50 ms | app p99 ms | app req/s | app errors | SQL p50 ms | SQL p99 ms | SQL tx/s "
                + "| SQL errors | p50 ratio | p99 ratio | throughput ratio |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String[] s : scenarios) {
            for (int c : connections) {
                String key = s[0] + ".c" + c;
                Measure a = wrk(results.resolve(key + ".app.txt"));
                Measure r = pgbench(results, key + ".raw");
                if (a != null) {
                    app.put(key, a);
                    tsv.append(row(s[0], c, "app", a));
                }
                if (r != null) {
                    raw.put(key, r);
                    tsv.append(row(s[0], c, "sql", r));
                }
                md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                        s[0], c, ms(a, Measure::p50), ms(a, Measure::p99), num(a, Measure::throughput), err(a),
                        ms(r, Measure::p50), ms(r, Measure::p99), num(r, Measure::throughput), err(r),
                        ratio(a, r, Measure::p50), ratio(a, r, Measure::p99),
                        a == null || r == null ? "–" : String.format(Locale.ROOT, "%.2f", a.throughput() / r.throughput())));
            }
        }
        Files.writeString(results.resolve("results.tsv"), tsv);

        md.append("\nRatios are application ÷ raw SQL (latency: how many times slower; throughput: the share of raw "
                + "SQL's rate reached).\n\n");
        md.append("| page 1 vs page 10,000 (administrator) | conn | page 1 p50 / p99 ms | page 10,000 p50 / p99 ms | p99 ratio |\n");
        md.append("|---|---:|---:|---:|---:|\n");
        for (int c : connections) {
            for (String side : List.of("app", "sql")) {
                Map<String, Measure> m = side.equals("app") ? app : raw;
                Measure one = m.get("list-admin.c" + c);
                Measure deep = m.get("page10000-admin.c" + c);
                md.append(String.format(Locale.ROOT, "| %s | %d | %s / %s | %s / %s | %s |%n", side, c,
                        ms(one, Measure::p50), ms(one, Measure::p99), ms(deep, Measure::p50), ms(deep, Measure::p99),
                        ratio(deep, one, Measure::p99)));
            }
        }

        md.append("\n| goal | measured | met? |\n|---|---|---|\n");
        for (String list : List.of("list-admin", "list-manager", "list-rep")) {
            goal(md, list + " p99 ≤ 25 ms at 8", app.get(list + ".c8"), m -> m.p99() <= 25 && m.errors() == 0, Summary::p99);
            goal(md, list + " p99 ≤ 100 ms at 50", app.get(list + ".c50"), m -> m.p99() <= 100, Summary::p99);
        }
        for (int c : connections) {
            Measure one = app.get("list-admin.c" + c);
            Measure deep = app.get("page10000-admin.c" + c);
            if (one != null && deep != null) {
                md.append(String.format(Locale.ROOT, "| page 10,000 within 2× of page 1 at %d (p99) | %.2f× (%.1f vs %.1f ms) | %s |%n",
                        c, deep.p99() / one.p99(), deep.p99(), one.p99(), deep.p99() <= 2 * one.p99() ? "met" : "**missed**"));
            }
        }
        for (String search : List.of("search-api-admin", "search-api-rep", "search-box-admin", "search-box-rep")) {
            goal(md, search + " p99 ≤ 50 ms at 8", app.get(search + ".c8"), m -> m.p99() <= 50 && m.errors() == 0, Summary::p99);
        }
        goal(md, "create p99 ≤ 15 ms at 8", app.get("create-rep.c8"), m -> m.p99() <= 15, Summary::p99);
        goal(md, "create ≥ 1,500/s at 8", app.get("create-rep.c8"), m -> m.throughput() >= 1500,
                m -> String.format(Locale.ROOT, "%.0f/s", m.throughput()));
        // issue 3: board and funnel of a department under 100 ms p99; reports within 1.5x of raw SQL
        for (String sales : List.of("board-manager", "funnel-manager")) {
            for (int c : connections) {
                goal(md, sales + " p99 < 100 ms at " + c, app.get(sales + ".c" + c), m -> m.p99() < 100 && m.errors() == 0,
                        Summary::p99);
            }
        }
        for (String report : List.of("funnel-manager", "pipeline-manager", "pipeline-admin")) {
            for (int c : connections) {
                Measure a = app.get(report + ".c" + c);
                Measure r = raw.get(report + ".c" + c);
                if (a != null && r != null) {
                    double p50 = a.p50() / r.p50();
                    double p99 = a.p99() / r.p99();
                    md.append(String.format(Locale.ROOT, "| %s within 1.5× of raw SQL at %d | p50 %.2f×, p99 %.2f×%s | %s |%n",
                            report, c, p50, p99, a.errors() + r.errors() == 0 ? ""
                                    : String.format(Locale.ROOT, " (errors: app %d, sql %d)", a.errors(), r.errors()),
                            p50 <= 1.5 && p99 <= 1.5 && a.errors() == 0 ? "met" : "**missed**"));
                }
            }
        }
        long errors50 = 0;
        List<String> failing = new ArrayList<>();
        for (Map.Entry<String, Measure> e : app.entrySet()) {
            if (e.getKey().endsWith(".c50")) {
                errors50 += e.getValue().errors();
                if (e.getValue().errors() > 0) {
                    failing.add(e.getKey() + ": " + e.getValue().errors());
                }
            }
        }
        md.append(String.format(Locale.ROOT, "| zero errors at 50 connections | %d errors%s | %s |%n", errors50,
                failing.isEmpty() ? "" : " (" + String.join(", ", failing) + ")", errors50 == 0 ? "met" : "**missed**"));
        Files.writeString(results.resolve("summary.md"), md);
        System.out.print(md);
    }

    private static void goal(StringBuilder md, String name, Measure m, java.util.function.Predicate<Measure> test,
                             java.util.function.Function<Measure, String> shown) {
        if (m != null) {
            md.append("| ").append(name).append(" | ").append(shown.apply(m)).append(" | ")
                    .append(test.test(m) ? "met" : "**missed**").append(" |\n");
        }
    }

    private static String p99(Measure m) {
        String p99 = Double.isNaN(m.p99()) ? "p99 n/a (every response timed out)"
                : String.format(Locale.ROOT, "p99 %,.1f ms", m.p99());
        return m.errors() == 0 ? p99 : p99 + String.format(Locale.ROOT, ", %d errors in %d requests", m.errors(), m.count());
    }

    private static String row(String scenario, int c, String side, Measure m) {
        return String.format(Locale.ROOT, "%s\t%d\t%s\t%d\t%.1f\t%.2f\t%.2f\t%.1f\t%d%n", scenario, c, side, m.count(),
                m.seconds(), m.p50(), m.p99(), m.throughput(), m.errors());
    }

    private static String ms(Measure m, java.util.function.ToDoubleFunction<Measure> f) {
        if (m == null) {
            return "–";
        }
        double value = f.applyAsDouble(m);
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, value < 10 ? "%.2f" : value < 1000 ? "%.1f" : "%,.0f", value);
    }

    private static String num(Measure m, java.util.function.ToDoubleFunction<Measure> f) {
        return m == null ? "–" : String.format(Locale.ROOT, "%,.0f", f.applyAsDouble(m));
    }

    private static String err(Measure m) {
        return m == null ? "–" : String.valueOf(m.errors());
    }

    private static String ratio(Measure a, Measure b, java.util.function.ToDoubleFunction<Measure> f) {
        if (a == null || b == null || Double.isNaN(f.applyAsDouble(a)) || Double.isNaN(f.applyAsDouble(b))) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.1f×", f.applyAsDouble(a) / f.applyAsDouble(b));
    }

    private static final Pattern FIELD = Pattern.compile("(\\w+)=([0-9.]+)");

    /** wrk's WRKRESULT line (bench/wrk/requests.lua); latencies there are microseconds. */
    static Measure wrk(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("WRKRESULT")) {
                Map<String, Double> v = new LinkedHashMap<>();
                Matcher m = FIELD.matcher(line);
                while (m.find()) {
                    v.put(m.group(1), Double.parseDouble(m.group(2)));
                }
                double seconds = v.get("duration_us") / 1e6;
                long errors = (long) (v.get("errors_connect") + v.get("errors_read") + v.get("errors_write")
                        + v.get("errors_status") + v.get("errors_timeout"));
                // wrk's latency histogram holds only the responses it timed; when every response timed out it is
                // empty (p50 = 0): then there is no latency to show, only errors
                boolean timed = v.get("p50") > 0 || v.get("errors_timeout") < v.get("requests");
                return new Measure(v.get("requests").longValue(), seconds,
                        timed ? v.get("p50") / 1000 : Double.NaN, timed ? v.get("p99") / 1000 : Double.NaN,
                        (v.get("requests") - v.get("errors_status")) / seconds, errors);
            }
        }
        return null;
    }

    /**
     * pgbench's per-transaction logs ({@code --log}): "client transaction time_us script epoch epoch_us ...";
     * failed transactions show "failed" instead of the time. Throughput is pgbench's own tps.
     */
    static Measure pgbench(Path dir, String prefix) throws IOException {
        Path out = dir.resolve(prefix + ".txt");
        if (!Files.exists(out)) {
            return null;
        }
        List<Long> times = new ArrayList<>();
        long failed = 0;
        long first = Long.MAX_VALUE;
        long last = 0;
        try (var files = Files.list(dir)) {
            for (Path log : files.filter(p -> p.getFileName().toString().startsWith(prefix + ".log")).toList()) {
                for (String line : Files.readAllLines(log)) {
                    String[] f = line.split(" ");
                    if (f.length < 6) {
                        continue;
                    }
                    if (f[2].equals("failed") || f[2].equals("skipped")) {
                        failed++;
                        continue;
                    }
                    times.add(Long.parseLong(f[2]));
                    long end = Long.parseLong(f[4]) * 1_000_000 + Long.parseLong(f[5]);
                    first = Math.min(first, end);
                    last = Math.max(last, end);
                }
            }
        }
        String text = Files.readString(out);
        Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(text);
        Matcher failedLine = Pattern.compile("number of failed transactions: (\\d+)").matcher(text);
        if (failedLine.find()) {
            failed = Math.max(failed, Long.parseLong(failedLine.group(1)));
        }
        // a client that hits an error other than a serialization failure (here: the statement timeout guard)
        // is aborted by pgbench; each counts as one failed transaction
        Matcher aborted = Pattern.compile("client \\d+ (script \\d+ )?aborted").matcher(text);
        while (aborted.find()) {
            failed++;
        }
        if (!text.contains("number of transactions actually processed")) {
            failed = Math.max(failed, 1);
        }
        times.sort(null);
        double seconds = (last - first) / 1e6;
        double throughput = tps.find() ? Double.parseDouble(tps.group(1)) : times.size() / Math.max(seconds, 1e-9);
        if (times.isEmpty()) {
            return new Measure(0, seconds, Double.NaN, Double.NaN, 0, failed);
        }
        return new Measure(times.size(), seconds, percentile(times, 50) / 1000.0, percentile(times, 99) / 1000.0,
                throughput, failed);
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
