package dev.positionsbot.bench;

import java.util.List;

/** Quality of every compared system on one question set and its corpus. */
public record QualitySet(String name, String questionsFile, String corpus, int articles, int passages,
                         int baselineSegments, List<SystemQuality> systems) {

    public SystemQuality system(String name) {
        return systems.stream().filter(s -> s.system().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no system " + name + " in " + this.name));
    }
}
