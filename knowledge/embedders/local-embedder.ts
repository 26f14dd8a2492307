import { LEXICON_VERSION } from '../text/domain-lexicon';
import { DEFAULT_FEATURE_WEIGHTS, type FeatureWeights, textFeatures } from '../text/features';
import type { Embedder } from '../types';
import { hashFeatures, normalize } from './feature-hashing';
import { fitQueryModel, latentProjection, type QueryModel } from './query-model';

/** Options of the local embedder. Defaults are the tuned ones; tests may vary them. */
export interface LocalEmbedderOptions {
  /** Vector length, default 1024. Part of the embedder id. */
  dimensions?: number;
  /** Passages to learn query-side IDF and the latent space from (usually the methodology chunks). */
  corpus?: string[];
  /** Latent dimensions of the query expansion, default 48. */
  latentDims?: number;
  /** Weight of the latent expansion against the lexical query, default 0.5. */
  latentWeight?: number;
  features?: FeatureWeights;
}

/** The local embedder, plus `fitCorpus` to relearn its query side from a new corpus. */
export interface LocalEmbedder extends Embedder {
  embedQuery(query: string): Promise<number[]>;
  /** Relearns IDF and the latent space; stored passage vectors stay valid. */
  fitCorpus(passages: string[]): void;
}

const VERSION = 1;

/**
 * A deterministic embedder that needs no download and no network. Passages become hashed
 * vectors of stemmed words, word pairs and marketing-mix concepts (so "ROAS" meets "return on ad
 * spend"). Queries are weighted by IDF and expanded through a latent space learned by SVD from
 * the corpus (LSA), which lets a question match passages that share its topic but not its words.
 */
export function createLocalEmbedder(options: LocalEmbedderOptions = {}): LocalEmbedder {
  const dimensions = options.dimensions ?? 1024;
  const latentDims = options.latentDims ?? 48;
  const latentWeight = options.latentWeight ?? 0.5;
  const weights = options.features ?? DEFAULT_FEATURE_WEIGHTS;
  const featureKey = `${weights.unigram}-${weights.bigram}-${weights.concept}`;
  let model: QueryModel | undefined;

  const embedOne = (text: string) =>
    Array.from(normalize(hashFeatures(textFeatures(text, weights), dimensions)));

  const embedder: LocalEmbedder = {
    id: `local-v${VERSION}-lex${LEXICON_VERSION}-d${dimensions}-w${featureKey}`,
    dimensions,
    async embed(texts) {
      return texts.map(embedOne);
    },
    async embedQuery(query) {
      const features = textFeatures(query, weights);
      if (model) {
        const idf = model.idf;
        for (const [f, w] of features) features.set(f, w * idf(f));
      }
      const q = normalize(hashFeatures(features, dimensions));
      if (!model || model.basis.length === 0 || latentWeight === 0) return Array.from(q);
      const latent = normalize(latentProjection(q, model.basis));
      for (let i = 0; i < q.length; i++)
        q[i] = (q[i] as number) + latentWeight * (latent[i] as number);
      return Array.from(normalize(q));
    },
    fitCorpus(corpus) {
      model =
        corpus.length > 0
          ? fitQueryModel(
              corpus.map((t) => textFeatures(t, weights)),
              dimensions,
              latentDims,
            )
          : undefined;
    },
  };
  if (options.corpus) embedder.fitCorpus(options.corpus);
  return embedder;
}
