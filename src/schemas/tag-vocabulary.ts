import { z } from 'astro/zod';

/** One tag of the editors' vocabulary. */
export const TagDefinitionSchema = z.object({
  /** Words that, found in an article, earn it this tag. */
  keywords: z.array(z.string().min(1)).min(1),
  /** What the tag is about, shown on the tag's page. */
  description: z.string().min(1),
});
export type TagDefinition = z.infer<typeof TagDefinitionSchema>;

/** The editors' tag vocabulary, `content/tags.yaml`: tag name → definition. */
export const TagVocabularySchema = z.record(z.string().min(1), TagDefinitionSchema);
export type TagVocabulary = z.infer<typeof TagVocabularySchema>;
