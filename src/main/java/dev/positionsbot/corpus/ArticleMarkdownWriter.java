package dev.positionsbot.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** Renders a cleaned article as {@code knowledge/<slug>.md}: YAML front matter, then the body. */
public final class ArticleMarkdownWriter {

    private final YAMLMapper yaml = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build();

    public String render(CleanedArticle article, String sourceFile) {
        Map<String, String> fm = new LinkedHashMap<>();
        fm.put("title", article.title());
        fm.put("outlet", article.outlet());
        fm.put("author", article.author());
        fm.put("published", article.published());
        fm.put("url", article.url());
        fm.put("language", article.language());
        fm.put("source_file", sourceFile);
        try {
            return "---\n" + yaml.writeValueAsString(fm) + "---\n\n" + article.body() + "\n";
        } catch (JsonProcessingException e) {
            throw new CorpusException("cannot write front matter for " + sourceFile + ": " + e.getMessage(), e);
        }
    }
}
