'use client';

import { CheckboxGroup } from '@/components/form/choice-group';
import { OrderedChoice } from '@/components/form/ordered-choice';
import { ValidatedForm } from '@/components/form/form';
import { CheckboxField, DateField, HiddenField, NumberField, SelectField, TextArea, TextField } from '@/components/form/fields';
import type { Locale } from '@/lib/i18n/locales';
import type { FieldSpec } from '@/lib/forms/specs';
import type { FormAction } from '@/lib/validation/form';
import type { z } from 'zod';
import { lengthLimits } from '@/lib/validation/fields';
import { formSchemas, type FormSchemaName } from '@/lib/validation/schemas';

/**
 * Any of the record forms, described by the server as a list of fields. The schema is picked by
 * name here, in the browser, because a schema cannot be sent from the server as a prop; the server
 * action checks the same schema again.
 */
export function RecordForm({
  schema,
  action,
  locale,
  fields,
  hidden = {},
  submitLabel,
}: {
  schema: FormSchemaName;
  action: FormAction;
  locale: Locale;
  fields: readonly FieldSpec[];
  hidden?: Record<string, string | number>;
  submitLabel: string;
}) {
  const labels = Object.fromEntries(fields.map((field) => [field.name, field.label]));
  return (
    <ValidatedForm schema={formSchemas[schema]} action={action} locale={locale} labels={labels} submitLabel={submitLabel}>
      {Object.entries(hidden).map(([name, value]) => (
        <HiddenField key={name} name={name} value={value} />
      ))}
      {withLengthLimits(fields, formSchemas[schema]).map((field) => (
        <SpecField key={field.name} field={field} />
      ))}
    </ValidatedForm>
  );
}

/** The fields with the most characters each takes under `schema`. */
export function withLengthLimits(fields: readonly FieldSpec[], schema: z.ZodType): FieldSpec[] {
  const limits = lengthLimits(schema);
  return fields.map((field) => (limits[field.name] ? { ...field, maxLength: limits[field.name] } : field));
}

/** One field of a form the server described (lib/forms/specs.ts). */
export function SpecField({ field }: { field: FieldSpec }) {
  const common = { name: field.name, hint: field.hint, required: field.required };
  switch (field.type) {
    case 'text':
    case 'email':
    case 'password':
      return <TextField {...common} type={field.type} autoComplete={field.autoComplete} defaultValue={field.value as string | null} lang={field.lang} />;
    case 'textarea':
      return <TextArea {...common} defaultValue={field.value as string | null} lang={field.lang} maxLength={field.maxLength} />;
    case 'date':
      return <DateField {...common} defaultValue={field.value as string | null} />;
    case 'number':
      return <NumberField {...common} defaultValue={field.value as number | null} />;
    case 'select':
      return <SelectField {...common} options={field.options ?? []} emptyOption={field.emptyOption} defaultValue={field.value as string | null} searchLabel={field.searchLabel} />;
    case 'checkbox':
      return <CheckboxField {...common} defaultChecked={field.value === 'on'} />;
    case 'checkboxes':
      return <CheckboxGroup {...common} label={field.label} options={field.options ?? []} defaultValue={(field.value as string[] | null) ?? []} />;
    case 'ordered':
      return (
        <OrderedChoice
          {...common}
          label={field.label}
          options={field.options ?? []}
          emptyOption={field.emptyOption ?? ''}
          defaultValue={(field.value as string[] | null) ?? []}
          typed={field.typed}
        />
      );
  }
}
