package dev.positionsbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkReportTest {

    private static final String RUN_DATE = "2026-12-01T10:00:00Z";

    /** A run's JSON as BenchmarkMain writes it, cut down to what the report reads; figures invented. */
    private static String runJson(String scales, String coldStart) {
        return """
                {"date": "%s", "machine": "2 cores", "loadAverageAtStart": "0.5 0.4 0.3 1/100 1",
                 "command": "java ... BenchmarkMain", "totalSeconds": 60, "embeddingModel": "m", "quality": [],
                 "scale": [%s], "childJvmOptions": "-Xmx1g", "coldStart": %s, "targets": [], "notes": []}
                """.formatted(RUN_DATE, scales, coldStart);
    }

    private static String latency(double p50, double p95) {
        return String.format(Locale.ROOT, "{\"n\": 60, \"p50\": %s, \"p95\": %s, \"p99\": %s, \"max\": %s, "
                + "\"mean\": %s}", p50, p95, p95, p95, p50);
    }

    /** One size (asked for a round number, as --scales does); the fields a run before the answered/refused split lacks are left out, as in an old JSON. */
    private static String scale(int passages, double searchP95, double answerP95, double rssMib, double perSecond,
                                double recall, String baselineSearch) {
        return String.format(Locale.ROOT, """
                {"passagesTarget": %d, "passages": %d, "articles": 100, "realArticles": 13, "buildMs": 1000,
                 "passagesPerSecond": %s, "indexBytes": 1048576, "searchHybrid": %s, "searchBm25": %s,
                 "searchVector": %s, "queryEmbedding": %s, "answer": %s, "answeredOfAnswerable": 40,
                 "answerable": 44, "recallAt5": %s, "baselineBuildMs": %s, "baselineSegments": %s,
                 "baselineSearch": %s, "peakHeapMib": 300, "peakRssMib": %s, "heapLimitMib": 1024}
                """, passages - passages % 1000, passages, perSecond, latency(5, searchP95), latency(2, 4), latency(3, 5),
                latency(1, 2), latency(30, answerP95), recall, baselineSearch == null ? "null" : "2000",
                baselineSearch == null ? "null" : "1500", baselineSearch == null ? "null" : baselineSearch, rssMib);
    }

    private static final String COLD = """
            {"command": "java -jar positions-bot.jar ask", "firstRunWithIndexBuildMs": 3000,
             "withExistingIndex": {"n": 3, "p50": 1500, "p95": 1600, "p99": 1600, "max": 1600, "mean": 1500},
             "jarBytes": 1000, "withAppCds": {"n": 3, "p50": 900, "p95": 950, "p99": 950, "max": 950, "mean": 900}}
            """;

    private static BenchmarkResults read(String json) throws Exception {
        return new ObjectMapper().readValue(json, BenchmarkResults.class);
    }

    private static String rowOf(String markdown, String figureStart) {
        return markdown.lines().filter(l -> l.startsWith("| " + figureStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no row starting '" + figureStart + "' in:\n" + markdown));
    }

    private static final String REASONS = """
            # Missed targets

            Written for the run of: %s

            ## hybrid-search-p95-100k
            The tail is BM25's (measured: 22 ms p95 alone).
            Next step: try it | measure it.
            """.formatted(RUN_DATE);

    @Test
    void a_met_target_renders_yes_and_a_missed_one_bold_no_with_its_hand_written_reason() throws Exception {
        BenchmarkResults r = read(runJson(scale(10_004, 12, 45, 500, 600, 0.9, latency(6, 13)) + ","
                + scale(100_004, 31.5, 80, 480.4, 550, 0.85, null), COLD));

        String md = BenchmarkReport.markdown(r, "", TargetReasons.parse(REASONS, "reasons.md"));

        String rss = rowOf(md, "peak RSS at 100,000");
        assertTrue(rss.contains("| 480 MiB"), rss);
        assertTrue(rss.contains("| ≤ 512 MiB | yes |"), rss);
        String search = rowOf(md, "hybrid search p95 at 100,000");
        assertTrue(search.contains("| 31.5 ms (p50 5.0; 60 queries) |"), search);
        assertTrue(search.contains("| ≤ 20 ms | **no** | The tail is BM25's (measured: 22 ms p95 alone). Next step: "
                + "try it \\| measure it. |"), search);
        assertTrue(md.contains("## Issue 16 targets"), md);
        assertTrue(md.contains("## First version's targets"), md);
        assertFalse(md.contains("written for the run of"), "reasons belong to this run: no warning");
    }

    @Test
    void the_baseline_stands_beside_our_figure_and_decides_the_no_slower_target() throws Exception {
        BenchmarkResults slower = read(runJson(scale(10_004, 14.2, 45, 500, 600, 0.9, latency(6, 13.0)), COLD));
        BenchmarkResults faster = read(runJson(scale(10_004, 12.9, 45, 500, 600, 0.9, latency(6, 13.0)), COLD));

        String row = rowOf(BenchmarkReport.markdown(slower, "", TargetReasons.none()), "hybrid search p95 at 10,000");
        assertTrue(row.contains("| 14.2 ms (p50 5.0) | 13.0 ms (p50 6.0) | ≤ the baseline's p95 | **no** | no reason "
                + "written yet (`## hybrid-search-p95-10k-vs-baseline`"), row);
        assertTrue(rowOf(BenchmarkReport.markdown(faster, "", TargetReasons.none()), "hybrid search p95 at 10,000")
                .contains("| yes |"));
    }

    @Test
    void a_size_the_run_did_not_measure_is_reported_as_not_measured_not_as_missed() throws Exception {
        BenchmarkResults r = read(runJson(scale(1_004, 8, 40, 300, 150, 0.8, latency(3, 7)), "null"));

        List<TargetRow> rows = Issue16Targets.of(r);
        TargetRow rss = rows.stream().filter(t -> t.id().equals(Issue16Targets.PEAK_RSS)).findFirst().orElseThrow();
        assertNull(rss.met());
        assertTrue(rss.measured().startsWith("not measured by this run (no 100,000-passage size"), rss.measured());
        TargetRow cold = rows.stream().filter(t -> t.id().equals(Issue16Targets.COLD_START)).findFirst().orElseThrow();
        assertNull(cold.met());
        TargetRow indexing = rows.stream().filter(t -> t.id().equals(Issue16Targets.INDEXING)).findFirst()
                .orElseThrow();
        assertEquals(Boolean.FALSE, indexing.met(), "150 passages/s measured at the one size run");
        String md = BenchmarkReport.markdown(r, "", TargetReasons.parse(REASONS.replace("hybrid-search-p95-100k",
                Issue16Targets.PEAK_RSS), "reasons.md"));
        assertTrue(rowOf(md, "peak RSS at 100,000").endsWith("| not measured |  |"), "a reason explains a measured miss");
    }

    @Test
    void cold_start_is_judged_as_the_readme_runs_it_with_the_appcds_archive() throws Exception {
        BenchmarkResults r = read(runJson(scale(10_004, 12, 45, 500, 600, 0.9, latency(6, 13)), COLD));

        String row = rowOf(BenchmarkReport.markdown(r, "", TargetReasons.none()), "cold start");
        assertTrue(row.contains("0.90 s median of 3 with the AppCDS archive"), row);
        assertTrue(row.contains("without it 1.50 s"), row);
        assertTrue(row.contains("| ≤ 1.0 s | yes |"), row);
    }

    @Test
    void reasons_written_for_another_run_are_flagged_and_an_unknown_target_id_is_an_error() throws Exception {
        BenchmarkResults r = read(runJson(scale(100_004, 31.5, 80, 480, 550, 0.85, null), COLD));

        String md = BenchmarkReport.markdown(r, "", TargetReasons.parse(REASONS.replace(RUN_DATE, "2026-11-30T02:13Z"),
                "reasons.md"));
        assertTrue(md.contains("**The reasons were written for the run of 2026-11-30T02:13Z, not this one ("
                + RUN_DATE + ")"), md);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchmarkReport.markdown(r,
                "", TargetReasons.parse("## hybrid-search-p95-100K\ntext\n", "docs/reasons.md")));
        assertTrue(e.getMessage().startsWith("docs/reasons.md: heading '## hybrid-search-p95-100K'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BenchmarkReport.markdown(r, "",
                TargetReasons.parse("## search-p95\ntext\n", "docs/reasons.md")));
        assertTrue(e.getMessage().contains("'## search-p95' names no target of the report"), e.getMessage());
    }

    @Test
    void a_json_without_the_later_fields_says_so_instead_of_inventing_them() throws Exception {
        BenchmarkResults r = read(runJson(scale(10_004, 12, 45, 500, 600, 0.9, latency(6, 13)) + ","
                + scale(100_004, 31.5, 80, 480, 550, 0.85, null), COLD));

        String md = BenchmarkReport.markdown(r, "", TargetReasons.none());
        assertTrue(rowOf(md, "warm answer p95 at 10,000").contains("answered/refused split not recorded in this JSON"));
        assertTrue(rowOf(md, "hybrid recall@5").contains("10,004: not recorded in this JSON"), md);
        assertTrue(md.contains("- Code: not recorded in this run's JSON"), md);
    }

    @Test
    void answering_alone_is_its_own_row_beside_the_build_and_an_older_json_says_it_was_not_measured() throws Exception {
        String build = scale(100_004, 18, 80, 900, 180, 0.55, null).strip();
        String answering = build.substring(0, build.length() - 1) + """
                , "answeringAlone": {"passages": 100004, "openMs": 850, "answer": %s, "answerCpu": %s,
                 "answeredOfAnswerable": 40, "peakHeapMib": 210, "peakRssMib": 498.6, "heapLimitMib": 1024,
                 "loadAverageAtAnswers": "1.0 1.0 1.0"}}
                """.formatted(latency(30, 70), latency(25, 60));
        String md = BenchmarkReport.markdown(read(runJson(answering, COLD)), "", TargetReasons.none());

        String row = rowOf(md, "peak RSS answering from a built 100,000-passage index");
        assertTrue(row.contains("| 499 MiB (-Xmx 1024 MiB; peak heap 210 MiB; index opened in 850 ms; answer p50 / "
                + "p95 30.0 / 70.0 ms, 40/44 answerable answered) |"), row);
        assertTrue(row.contains("| ≤ 512 MiB | yes |"), row);
        assertTrue(rowOf(md, "peak RSS at 100,000").contains("| 900 MiB"), "the build's figure stays in its row");
        assertTrue(rowOf(md, "peak RSS at 100,000").contains("| **no** |"), "and is judged on its own");

        String old = BenchmarkReport.markdown(read(runJson(build, COLD)), "", TargetReasons.none());
        String oldRow = rowOf(old, "peak RSS answering from a built 100,000-passage index");
        assertTrue(oldRow.contains("| not measured by this run (added after it) |"), oldRow);
        assertFalse(oldRow.contains("| yes |") || oldRow.contains("**no**"), oldRow);
    }

    @Test
    void the_answering_jvms_recorded_options_are_named_in_its_row_and_in_the_scale_prose() throws Exception {
        String build = scale(100_004, 18, 80, 900, 180, 0.55, null).strip();
        String answering = build.substring(0, build.length() - 1) + """
                , "answeringAlone": {"passages": 100004, "openMs": 850, "answer": %s, "answerCpu": %s,
                 "answeredOfAnswerable": 40, "peakHeapMib": 90, "peakRssMib": 480, "heapLimitMib": 1024,
                 "loadAverageAtAnswers": "1.0 1.0 1.0", "jvmOptions": "-XX:+UseSerialGC -Xms128m -Xmx1g"}}
                """.formatted(latency(30, 70), latency(25, 60));
        String md = BenchmarkReport.markdown(read(runJson(answering, COLD)), "", TargetReasons.none());

        String row = rowOf(md, "peak RSS answering from a built 100,000-passage index");
        assertTrue(row.contains("| 480 MiB (`-XX:+UseSerialGC -Xms128m -Xmx1g`; peak heap 90 MiB;"), row);
        assertTrue(md.contains("a second JVM, with the heap and collector options the Docker image and the systemd "
                + "unit give a running bot (`-XX:+UseSerialGC -Xms128m -Xmx1g`), then opens the index"), md);

        String old = BenchmarkReport.markdown(read(runJson(build, COLD)), "", TargetReasons.none());
        assertTrue(old.contains("a second JVM of the same options then opens the index"), old);
    }

    @Test
    void timed_passes_give_the_median_and_the_passes_spread_beside_it_and_the_target_is_judged_on_the_median()
            throws Exception {
        String build = scale(100_004, 19.0, 80, 480, 550, 0.85, null).strip();
        String passes = """
                , "passes": {"warmUpAnswers": 390, "answerWarmUp": [%s, %s], "searchWarmUpPasses": 2,
                 "searchHybrid": [%s, %s, %s], "searchBm25": [%s, %s, %s], "searchVector": [%s, %s, %s],
                 "baselineSearch": null, "answer": [%s, %s, %s], "answerCpu": [%s, %s, %s]}}
                """.formatted(latency(40, 120), latency(35, 90), latency(5, 17.5), latency(5, 19.0),
                latency(6, 30.6), latency(2, 4), latency(2, 4), latency(2, 4), latency(3, 5), latency(3, 5),
                latency(3, 5), latency(30, 75), latency(30, 80), latency(30, 85), latency(40, 90), latency(50, 90),
                latency(60, 90));
        String md = BenchmarkReport.markdown(read(runJson(build.substring(0, build.length() - 1) + passes, COLD)), "",
                TargetReasons.none());

        String search = rowOf(md, "hybrid search p95 at 100,000");
        assertTrue(search.contains("| 19.0 ms (p50 5.0; 60 queries; median of 3 timed passes' p95, passes "
                + "17.5-30.6) |"), search);
        assertTrue(search.contains("| ≤ 20 ms | yes |"), "the median pass is judged, not the slowest: " + search);
        assertTrue(md.contains("| 5.0 / 19.0 [17.5-30.6] / 19.0 |"), "the table's p95 cell: " + md);
        assertTrue(md.contains("| 30.0 / 80.0 [75.0-85.0] |"), "the answer cell: " + md);
        assertTrue(md.contains("- 100,004 passages: searches 2 untimed and 3 timed passes; answers 3 timed passes after "
                + "390 warm-up answers, the untimed passes' p95 120.0, 90.0 ms, the timed ones' 75.0, 80.0, 85.0 ms; "
                + "process CPU per answer, mean of each timed pass: 40, 50, 60 ms."), md);
        assertTrue(md.contains("Timing in passes:"), md);

        String onePass = BenchmarkReport.markdown(read(runJson(build, COLD)), "", TargetReasons.none());
        assertTrue(rowOf(onePass, "hybrid search p95 at 100,000").contains("| 19.0 ms (p50 5.0; 60 queries) |"));
        assertTrue(onePass.contains("Timing in one pass:"), onePass);
        assertFalse(onePass.contains("untimed"), onePass);
    }

    @Test
    void the_committed_benchmarks_json_still_renders() throws Exception {
        java.nio.file.Path json = java.nio.file.Path.of("docs/benchmarks.json");
        BenchmarkResults r = new ObjectMapper().readValue(json.toFile(), BenchmarkResults.class);

        String md = BenchmarkReport.markdown(r, "", TargetReasons.none());

        assertTrue(rowOf(md, "hybrid search p95 at 100,000").contains(String.format(Locale.ROOT, "| %.1f ms (p50",
                r.scale().get(r.scale().size() - 1).searchHybrid().p95())), md);
        assertTrue(md.contains("## Speed and scale"), md);
    }
}
