import type { I18n } from '../i18n/i18n';
import { enumValues, type EnumName, type EnumValue } from '../i18n/enums';

/**
 * The values of an API enum as choices for a select or checkbox group, in the catalogue's
 * order and labelled in the reader's language (`e` from `useI18n()`).
 */
export function enumOptions<N extends EnumName>(name: N, e: I18n['e']): { value: EnumValue<N> & string; label: string }[] {
  return enumValues(name).map((value) => ({ value: value as EnumValue<N> & string, label: e(name, value) }));
}
