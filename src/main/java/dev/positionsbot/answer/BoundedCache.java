package dev.positionsbot.answer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The last {@code size} values computed from their keys, the least recently used dropped first; safe to share between
 * threads. The value is computed outside the lock, so two threads may compute the same key once each: the values
 * kept here are immutable and depend on the key alone, so either is right. Hand-written because no cache library is
 * on the class path and this is a dozen lines.
 */
public final class BoundedCache<K, V> {

    private final Map<K, V> kept;

    public BoundedCache(int size) {
        this.kept = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }

    public V get(K key, Function<K, V> compute) {
        synchronized (kept) {
            V known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        V value = compute.apply(key);
        synchronized (kept) {
            kept.put(key, value);
        }
        return value;
    }
}
