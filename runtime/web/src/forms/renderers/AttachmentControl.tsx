// Photos and attachments: shown as a placeholder until the runtime stores files (the value is an attachment id).
import type { ControlProps } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { useTranslation } from 'react-i18next';
import { FieldShell, useField } from './useField';

function Attachment(props: ControlProps) {
  const { t } = useTranslation();
  const field = useField(props);
  if (field.hidden) return null;
  return (
    <FieldShell field={field}>
      <input id={field.id} type="file" accept={field.schema['x-widget'] === 'photo' ? 'image/*' : undefined} disabled aria-describedby={`${field.id}-note`} />
      <p className="field-help" id={`${field.id}-note`}>
        {props.data ? t('form.attachmentStored') : t('form.attachmentNotYet')}
      </p>
    </FieldShell>
  );
}

export const AttachmentControl = withJsonFormsControlProps(Attachment);
