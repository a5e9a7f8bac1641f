package dev.positionsbot.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds' answer timing in one JVM, their passes interleaved so that both see the same machine load (a measuring
 * tool, not a test): each build's classes in a class loader of its own over one loader of the shared libraries, each
 * over its own copy of a ScaleBenchmark index; each pass as {@link WarmAnswerTiming}'s (a fresh pipeline, the query
 * cache cleared, the questions once each), the build that goes first alternating. Prints the answering thread's CPU
 * and the wall time per pass and build. From the project directory, after {@code mvn -o test-compile}:
 * <pre>
 * java -Xmx1500m -cp target/test-classes dev.positionsbot.bench.AlternatingAnswerTiming DEPS \
 *   before A/test-classes:A/classes:target/test-classes WORK_A after B/test-classes:B/classes:target/test-classes WORK_B \
 *   KNOWLEDGE 10000 Q1,Q2 PASSES
 * </pre>
 * DEPS: a file holding the dependency class path ({@code mvn dependency:build-classpath -Dmdep.outputFile=DEPS});
 * WORK_A, WORK_B: each a copy of the directory with index-10000 (one index cannot be opened twice).
 */
public final class AlternatingAnswerTiming {

    public static void main(String[] a) throws Exception {
        ClassLoader libraries = new URLClassLoader(urls(Files.readString(Path.of(a[0])).strip()),
                ClassLoader.getPlatformClassLoader());
        String[] names = {a[1], a[4]};
        Object[] runs = new Object[2];
        Method[] pass = new Method[2];
        for (int k = 0; k < 2; k++) {
            ClassLoader build = new URLClassLoader(urls(a[2 + 3 * k]), libraries);
            Thread.currentThread().setContextClassLoader(build);
            Class<?> c = Class.forName(Pass.class.getName(), true, build);
            runs[k] = c.getConstructor(String[].class).newInstance((Object) new String[] {a[7], a[8], a[3 + 3 * k], a[9]});
            pass[k] = c.getMethod("pass");
        }
        int passes = Integer.parseInt(a[10]);
        for (int p = 0; p < passes; p++) {
            for (int i = 0; i < 2; i++) {
                int k = p % 2 == 0 ? i : 1 - i;
                Thread.currentThread().setContextClassLoader(runs[k].getClass().getClassLoader());
                double[][] r = (double[][]) pass[k].invoke(runs[k]);
                double[] wall = new double[r.length];
                double[] thread = new double[r.length];
                for (int q = 0; q < r.length; q++) {
                    wall[q] = r[q][0];
                    thread[q] = r[q][1];
                }
                System.out.printf("pass %d %s: thread CPU mean %.1f p95 %.1f ms; wall p50 %.1f p95 %.1f ms; load %s%n",
                        p, names[k], Arrays.stream(thread).average().orElse(0), pct(thread, 95),
                        pct(wall, 50), pct(wall, 95),
                        Files.readString(Path.of("/proc/loadavg")).strip());
            }
        }
        System.exit(0); // the libraries' non-daemon threads (ONNX Runtime, Lucene) would keep the JVM up
    }

    /** SearchTiming's percentile (nearest rank), here because this class must load nothing of the project itself. */
    private static double pct(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }

    private static URL[] urls(String classPath) throws Exception {
        List<URL> out = new ArrayList<>();
        for (String p : classPath.split(":")) {
            if (!p.isBlank()) {
                out.add(Path.of(p).toUri().toURL());
            }
        }
        return out.toArray(new URL[0]);
    }

    /** One build: ScaleBenchmark's searches and answer warm-up as in WarmAnswerTiming, then timed passes. */
    public static final class Pass {
        private final ScaleSession session;

        /** args: knowledge directory, target passages, work directory (with index-TARGET), questions files. */
        public Pass(String[] a) throws Exception {
            session = ScaleSession.open(a);
            session.warmUp();
        }

        /** One pass: per question, its wall time, the answering thread's CPU time (ms) and 1 if it was answered. */
        public double[][] pass() {
            OurPipeline pipeline = session.freshPipeline();
            double[][] out = new double[session.questions().size()][3];
            for (int i = 0; i < out.length; i++) {
                TimedAnswer t = TimedAnswer.of(pipeline, session.questions().get(i).question());
                out[i][0] = t.wallMs();
                out[i][1] = t.threadCpuMs();
                out[i][2] = t.answered() ? 1 : 0;
            }
            return out;
        }
    }
}
