package dev.positionsbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files under deploy/ stay consistent with the configuration model and with long polling. */
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path dir;

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                docs.add(it.next());
            }
        }
        return docs;
    }

    @Test
    void example_config_file_is_valid() {
        LoadedConfig loaded = ConfigLoader.resolve(DEPLOY.resolve("positions-bot.example.yml"), Map.of(), Map.of());
        assertTrue(loaded.ok(), loaded.problems().toString());
    }

    @Test
    void kubernetes_config_map_holds_a_valid_config_file() throws IOException {
        JsonNode configMap = documents(DEPLOY.resolve("k8s/configmap.yaml")).get(0);
        Path file = Files.writeString(dir.resolve("positions-bot.yml"),
                configMap.get("data").get("positions-bot.yml").asText());
        LoadedConfig loaded = ConfigLoader.resolve(file, Map.of(), Map.of());
        assertTrue(loaded.ok(), loaded.problems().toString());
        assertTrue(loaded.config().http().enabled(), "probes need the HTTP endpoint on");
    }

    @Test
    void the_documented_llm_variables_choose_the_provider_with_the_example_config_and_the_config_map()
            throws IOException {
        JsonNode configMap = documents(DEPLOY.resolve("k8s/configmap.yaml")).get(0);
        Path mapped = Files.writeString(dir.resolve("mapped.yml"), configMap.get("data").get("positions-bot.yml").asText());
        for (Path file : List.of(DEPLOY.resolve("positions-bot.example.yml"), mapped)) {
            assertEquals(BotConfig.LlmProvider.OLLAMA, provider(file, Map.of("OLLAMA_MODEL", "llama3.2",
                    "OLLAMA_BASE_URL", "http://ollama:11434")), file.toString());
            assertEquals(BotConfig.LlmProvider.OPENAI, provider(file, Map.of("OPENAI_MODEL", "gpt-4o-mini", "OPENAI_API_KEY", "sk-test")),
                    file.toString());
            assertEquals(BotConfig.LlmProvider.NONE, provider(file, Map.of()), file + " without variables");
            LoadedConfig plain = ConfigLoader.resolve(file, Map.of(), Map.of());
            assertEquals(List.of(), ConfigPreflight.check(plain).warnings(), "nothing to warn about in " + file);
        }
    }

    private static BotConfig.LlmProvider provider(Path file, Map<String, String> env) {
        LoadedConfig loaded = ConfigLoader.resolve(file, env, Map.of());
        assertTrue(loaded.ok(), loaded.problems().toString());
        return loaded.config().llm().provider();
    }

    @Test
    void env_example_names_only_variables_the_loader_reads() throws IOException {
        Set<String> known = Arrays.stream(ConfigKey.values()).map(ConfigKey::envVar).collect(Collectors.toSet());
        known.add(ConfigLoader.CONFIG_ENV);
        known.add("POSITIONS_BOT_LOG_LEVEL"); // read by logback.xml
        Matcher m = Pattern.compile("(?m)^#?([A-Z][A-Z0-9_]+)=").matcher(Files.readString(DEPLOY.resolve("env.example")));
        List<String> named = new ArrayList<>();
        while (m.find()) {
            named.add(m.group(1));
        }
        assertTrue(named.contains("TELEGRAM_BOT_TOKEN"));
        for (String var : named) {
            assertTrue(known.contains(var), var + " in env.example is not read by the bot");
        }
        for (ConfigKey key : ConfigKey.values()) {
            assertTrue(named.contains(key.envVar()), key.envVar() + " missing from env.example");
        }
    }

    @Test
    void kubernetes_deployment_runs_exactly_one_poller_with_health_probes() throws IOException {
        JsonNode deployment = documents(DEPLOY.resolve("k8s/deployment.yaml")).get(0);
        assertEquals("Deployment", deployment.get("kind").asText());
        assertEquals(1, deployment.at("/spec/replicas").asInt());
        assertEquals("Recreate", deployment.at("/spec/strategy/type").asText());
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        for (String probe : List.of("livenessProbe", "readinessProbe")) {
            assertEquals("/healthz", container.at("/" + probe + "/httpGet/path").asText(), probe);
        }
        assertTrue(container.at("/resources/limits/memory").isTextual());
        assertEquals("positions-bot", container.at("/envFrom/0/secretRef/name").asText());
    }

    @Test
    void kustomization_lists_existing_files() throws IOException {
        JsonNode kustomization = documents(DEPLOY.resolve("k8s/kustomization.yaml")).get(0);
        for (JsonNode resource : kustomization.get("resources")) {
            assertTrue(Files.isRegularFile(DEPLOY.resolve("k8s").resolve(resource.asText())), resource.asText());
        }
    }

    @Test
    void compose_never_scales_the_bot_and_keeps_ollama_optional() throws IOException {
        JsonNode compose = documents(DEPLOY.resolve("docker-compose.yml")).get(0);
        JsonNode bot = compose.at("/services/bot");
        assertTrue(bot.at("/deploy/replicas").isMissingNode() || bot.at("/deploy/replicas").asInt() == 1);
        assertEquals("deploy/Dockerfile", bot.at("/build/dockerfile").asText());
        assertEquals("ollama", compose.at("/services/ollama/profiles/0").asText());
    }

    @Test
    void dockerfile_builds_with_the_readme_command_and_runs_as_non_root() throws IOException {
        String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
        assertTrue(dockerfile.contains("FROM maven:3.9-eclipse-temurin-17 AS build"));
        assertTrue(dockerfile.contains("mvn -B -DskipTests package"));
        assertTrue(dockerfile.contains("FROM eclipse-temurin:17-jre"));
        assertTrue(dockerfile.matches("(?s).*\\nUSER (?!root)\\S+.*"), "must switch to a non-root user");
        assertTrue(dockerfile.contains("HEALTHCHECK"));
        assertTrue(dockerfile.contains("CMD [\"telegram\"]"));
    }
}
