import { z } from 'zod';
import { optionalIntInRange, optionalText, requiredText, version } from '../fields';

/** What every save of an existing record says besides its fields: the version edited, and why. */
export const changeNote = z.object({ note: optionalText(2000, { multiline: true }) });
export const versionedChange = changeNote.extend({ version: version() });

/**
 * Publishing a record: the working version the reviewer looked at, so that a change made since is
 * never published unseen. The review pages always send it; a caller that sends none (a script)
 * publishes the record as it stands.
 */
export const publishing = changeNote.extend({ workingVersion: optionalIntInRange(1, 2_147_483_647) });

/** Sending a record back to its authors: the reviewer says what needs doing. */
export const sendingBack = z.object({ note: requiredText(2000, { multiline: true }) });
