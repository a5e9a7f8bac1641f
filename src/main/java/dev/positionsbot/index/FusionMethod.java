package dev.positionsbot.index;

import java.util.Locale;

/** The fusion methods offered by {@code search} and the benchmark. */
public enum FusionMethod {
    RRF, CONVEX;

    public RankFusion create() {
        return switch (this) {
            case RRF -> new ReciprocalRankFusion(60);
            case CONVEX -> new ConvexScoreFusion(0.5);
        };
    }

    public static FusionMethod parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IndexException("unknown fusion method '" + name + "' (use rrf or convex)");
        }
    }
}
