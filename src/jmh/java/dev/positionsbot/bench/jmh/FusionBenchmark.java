package dev.positionsbot.bench.jmh;

import dev.positionsbot.index.ConvexScoreFusion;
import dev.positionsbot.index.FusedDoc;
import dev.positionsbot.index.RankedDoc;
import dev.positionsbot.index.ReciprocalRankFusion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** Rank fusion of two 50-candidate lists (the production candidate count) that share about half their documents. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FusionBenchmark {

    private final ReciprocalRankFusion rrf = new ReciprocalRankFusion(60);
    private final ConvexScoreFusion convex = new ConvexScoreFusion(0.5);
    private List<RankedDoc> bm25;
    private List<RankedDoc> vector;

    @Setup
    public void setUp() {
        Random r = new Random(1);
        bm25 = ranked(r, 25.0);
        vector = ranked(r, 1.0);
    }

    private static List<RankedDoc> ranked(Random r, double top) {
        List<RankedDoc> out = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            out.add(new RankedDoc(r.nextInt(100), top * (1.0 - i / 60.0)));
        }
        return out.stream().distinct().toList();
    }

    @Benchmark
    public List<FusedDoc> reciprocalRank() {
        return rrf.fuse(bm25, vector);
    }

    @Benchmark
    public List<FusedDoc> convexScore() {
        return convex.fuse(bm25, vector);
    }
}
