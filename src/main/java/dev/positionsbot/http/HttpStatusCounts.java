package dev.positionsbot.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Responses sent by the HTTP endpoint, by status code, for {@code /metrics}: every status, refusals of load included. */
public final class HttpStatusCounts {

    private final Map<Integer, LongAdder> counts = new ConcurrentHashMap<>();

    public void record(int status) {
        counts.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    public long count(int status) {
        LongAdder a = counts.get(status);
        return a == null ? 0 : a.sum();
    }

    /** Status to count, in status order. */
    public Map<Integer, Long> snapshot() {
        Map<Integer, Long> out = new TreeMap<>();
        counts.forEach((status, n) -> out.put(status, n.sum()));
        return out;
    }
}
