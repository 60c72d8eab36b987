// Our JSON Forms renderer set: each control chosen by a ranked tester, as JSON Forms does it.
import {
  and,
  isBooleanControl,
  isIntegerControl,
  isNumberControl,
  isObjectArrayControl,
  isOneOfEnumControl,
  isStringControl,
  optionIs,
  or,
  rankWith,
  schemaMatches,
  uiTypeIs,
  type JsonFormsRendererRegistryEntry,
  type JsonSchema as CoreSchema,
} from '@jsonforms/core';
import { TextControl, TextareaControl, NumberControl } from './inputs';
import { ChoiceControl, CheckboxesControl, YesNoControl } from './choices';
import { TableControl } from './TableControl';
import { AttachmentControl } from './AttachmentControl';
import { PhotoControl } from './PhotoControl';
import { GroupRenderer, HorizontalLayoutRenderer, VerticalLayoutRenderer } from './layouts';

const widget = (name: string) => schemaMatches((s: CoreSchema) => (s as Record<string, unknown>)['x-widget'] === name);
const isChoiceArray = schemaMatches((s: CoreSchema) => s.type === 'array' && Array.isArray((s.items as CoreSchema | undefined)?.oneOf));
const isAttachment = schemaMatches((s: CoreSchema) => s.format === 'attachment' || ['photo', 'attachment'].includes(String((s as Record<string, unknown>)['x-widget'])));
const isPicker = or(widget('district'), widget('office'));

/** The renderers of every Suraksha form. */
export const renderers: JsonFormsRendererRegistryEntry[] = [
  { tester: rankWith(1, uiTypeIs('VerticalLayout')), renderer: VerticalLayoutRenderer },
  { tester: rankWith(1, uiTypeIs('HorizontalLayout')), renderer: HorizontalLayoutRenderer },
  { tester: rankWith(1, uiTypeIs('Categorization')), renderer: VerticalLayoutRenderer },
  { tester: rankWith(1, or(uiTypeIs('Group'), uiTypeIs('Category'))), renderer: GroupRenderer },
  { tester: rankWith(1, isStringControl), renderer: TextControl },
  { tester: rankWith(3, or(widget('textarea'), and(isStringControl, optionIs('multi', true)))), renderer: TextareaControl },
  { tester: rankWith(2, or(isIntegerControl, isNumberControl)), renderer: NumberControl },
  { tester: rankWith(2, isBooleanControl), renderer: YesNoControl },
  { tester: rankWith(4, isOneOfEnumControl), renderer: ChoiceControl },
  { tester: rankWith(5, isPicker), renderer: ChoiceControl },
  { tester: rankWith(5, isChoiceArray), renderer: CheckboxesControl },
  { tester: rankWith(5, isObjectArrayControl), renderer: TableControl },
  { tester: rankWith(6, isAttachment), renderer: AttachmentControl },
  { tester: rankWith(7, widget('photo')), renderer: PhotoControl },
];
