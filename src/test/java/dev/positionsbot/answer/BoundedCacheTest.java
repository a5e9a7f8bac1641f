package dev.positionsbot.answer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class BoundedCacheTest {

    @Test
    void computes_a_key_once_while_it_is_kept_and_again_after_the_least_recently_used_is_dropped() {
        List<String> computed = new ArrayList<>();
        BoundedCache<String, String> cache = new BoundedCache<>(2);
        String a = cache.get("a", k -> { computed.add(k); return k.toUpperCase(); });
        cache.get("b", k -> { computed.add(k); return k.toUpperCase(); });
        assertSame(a, cache.get("a", k -> { computed.add(k); return "other"; }), "a kept value is returned as it is");
        cache.get("c", k -> { computed.add(k); return k.toUpperCase(); }); // drops "b", used longest ago
        cache.get("a", k -> { computed.add(k); return k.toUpperCase(); });
        cache.get("b", k -> { computed.add(k); return k.toUpperCase(); });
        assertEquals(List.of("a", "b", "c", "b"), computed);
    }
}
