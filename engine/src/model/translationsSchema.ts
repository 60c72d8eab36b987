import { Type, type Static } from '@sinclair/typebox';
import { Closed, SchemaRef, patterns } from './common';

/** JSON Schema of `form-definitions/<slug>/i18n/<lang>.json`. */
export const TranslationsSchema = Closed(
  {
    $schema: SchemaRef,
    language: Type.String({ pattern: patterns.language, description: 'Language code of this file' }),
    name: Type.String({ minLength: 1, description: 'Name of the language in itself (ગુજરાતી)' }),
    direction: Type.Union([Type.Literal('ltr'), Type.Literal('rtl')], { description: 'Writing direction' }),
    messages: Type.Record(Type.String({ pattern: patterns.key }), Type.String({ minLength: 1 }), { additionalProperties: false,
      description: 'Translation key -> text; {name} is replaced by a parameter',
    }),
  },
  'Translations of one language of a state',
);

export type Translations = Static<typeof TranslationsSchema>;
