import { z } from 'zod';
import { optionalText, version } from '../fields';

/** What every save of an existing record says besides its fields: the version edited, and why. */
export const changeNote = z.object({ note: optionalText(2000, { multiline: true }) });
export const versionedChange = changeNote.extend({ version: version() });
