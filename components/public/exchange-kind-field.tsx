import { SelectField } from '@/components/form/fields';
import type { Messages } from '@/lib/i18n/messages';
import { kindFilterValues, kindOfFilter } from '@/lib/validation/schemas/public';

/** The kind-of-exchange filter of the public lists, as the address carries it (`kind=forum`). */
export function ExchangeKindField({ t, anyLabel }: { t: Messages; anyLabel: string }) {
  const options = kindFilterValues.map((value) => ({ value, label: t.enums.exchangeKind[kindOfFilter(value)] }));
  return <SelectField name="kind" options={options} emptyOption={anyLabel} />;
}
