package dev.positionsbot.index;

import dev.positionsbot.corpus.Article;

import java.util.List;
import java.util.function.Supplier;

/** Where the commands get the articles to index from (the knowledge loader, or a stand-in). */
@FunctionalInterface
public interface ArticleSource extends Supplier<List<Article>> {
}
